/** A Delete button and its confirmation, which names the record and what refers to it. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { RecordRef } from '../../../domain/governance/model';
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError, isConflict, readError } from '../../shell/errors';
import { useGovernanceStyles } from './governanceStyles';
import { governanceMessages, type GovernanceMessageKey } from './messages';
import { recordName } from './recordNames';
import { findReferences } from './references';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of {@link DeleteDialog}. */
export interface DeleteDialogProps<T extends StoredRecord> {
  repository: Repository<T>;
  record: T;
  /** The record's type and key, for the reference check and its display name. */
  target: RecordRef;
  snapshot: Pick<GovernanceSnapshot, 'data' | 'risks'>;
  /** Reloads the lists after a delete, or after a stale delete was rejected. */
  onDeleted: () => Promise<void>;
}

// The catalogue key that names each record type in the list of what refers to a record.
const TYPE_KEYS = {
  asset: 'asset',
  partner: 'partner',
  contract: 'contract',
  dataOwnership: 'dataOwnership',
  role: 'role',
  duty: 'duty',
  access: 'accessRecords',
  dependency: 'referenceDependency',
} as const satisfies Record<RecordRef['type'], GovernanceMessageKey>;

type Problem = { kind: 'stale' } | { kind: 'failed'; error: unknown };

/** Renders the trigger and the confirmation. A record that others name cannot be deleted. */
export function DeleteDialog<T extends StoredRecord>(props: DeleteDialogProps<T>) {
  const { repository, record, target, snapshot, onDeleted } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const name = recordName(snapshot.data, target, locale);
  const references = findReferences(snapshot.data, snapshot.risks, target);
  const referenceNames = [
    ...references.records.map((ref) =>
      t('deleteReference', {
        type: t(TYPE_KEYS[ref.type]),
        name: recordName(snapshot.data, ref, locale),
      }),
    ),
    ...references.risks.map((risk) => t('deleteReferenceRisk', { title: risk.title })),
  ];
  const blocked = referenceNames.length > 0;

  const remove = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await repository.remove(record);
      setOpen(false);
      await onDeleted();
    } catch (error) {
      // 404: someone else deleted it first, which is what the user wanted.
      if (readError(error).status === 404) {
        setOpen(false);
        await onDeleted();
      } else if (isConflict(error)) {
        setProblem({ kind: 'stale' });
        await onDeleted();
      } else {
        console.error('[governance] deleting a record failed', error);
        setProblem({ kind: 'failed', error });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        setProblem(undefined);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={t('deleteRecord', { name })}>
          {t('delete')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('deleteTitle', { name })}</DialogTitle>
          <DialogContent className={styles.form}>
            {blocked ? (
              <MessageBar intent="warning">
                <MessageBarBody>
                  {t('deleteBlocked', { name })}
                  <ul className={styles.list} aria-label={t('deleteReferences')}>
                    {referenceNames.map((entry, index) => (
                      <li key={`${entry}-${index}`}>{entry}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : (
              <Text block>{t('deleteConfirm', { name })}</Text>
            )}
            {problem && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {problem.kind === 'stale'
                    ? t('deleteStale', { name })
                    : `${t('deleteFailed')} ${describeError(problem.error, locale)}`}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance={blocked || problem?.kind === 'stale' ? 'primary' : 'secondary'}>
                {blocked || problem?.kind === 'stale' ? t('close') : t('cancel')}
              </Button>
            </DialogTrigger>
            {!blocked && problem?.kind !== 'stale' && (
              <Button appearance="primary" disabled={busy} onClick={() => void remove()}>
                {t('delete')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
