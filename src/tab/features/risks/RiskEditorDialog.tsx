/** The dialog that adds or edits a risk, with validation before saving and conflict handling after. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { Checkbox } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { DateOnly, Person, Risk } from '../../../domain/model';
import { recordReview, reviewLevel, type ReviewCycles } from '../../../domain/reviewDates';
import type { Repository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { RiskTeamsActions } from '../discussion/RiskTeamsActions';
import { ConflictPanel } from './ConflictPanel';
import { depthConflictRows } from './depthConflictRows';
import { depthMessages } from './depthMessages';
import { LEVEL_KEYS } from './riskLabels';
import { riskMessages } from './messages';
import { riskConflictRows } from './riskConflictRows';
import { validateDraft, type RiskDraft } from './riskDraft';
import { RiskFormFields } from './RiskFormFields';
import { checkTitle } from './titleRules';
import { useRecordSave } from './useRecordSave';
import { useRestoreFocus } from './useRestoreFocus';

/** Props of RiskEditorDialog. */
export interface RiskEditorDialogProps {
  /** The risk to edit, or a new draft. */
  initial: RiskDraft;
  repository: Repository<Risk>;
  members: readonly Person[];
  /** Called with the saved risk, or with undefined when the user kept the stored version. */
  onDone: (saved: Risk | undefined) => void;
  onCancel: () => void;
  /** Today's date, for "Als herziening opslaan". */
  today: DateOnly;
  cycles: ReviewCycles;
}

/** Edits a copy of the risk, which is stored only when "Opslaan" passes the checks. */
export function RiskEditorDialog(props: RiskEditorDialogProps) {
  const { initial, repository, members, onDone, onCancel, today, cycles } = props;
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  // A new risk is analysed as it is entered, so saving it counts as its first review.
  const [asReview, setAsReview] = useState(!initial.id);
  useRestoreFocus();
  const locale = useLocale();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const saver = useRecordSave(repository, onDone);

  const checked = validateDraft(draft);
  // The length limit shows as soon as it is passed, but a missing title or domain only after a save attempt.
  const titleNow = checkTitle(draft.title);
  const problems = attempted
    ? (checked.problems ?? {})
    : { title: titleNow?.kind === 'tooLong' ? titleNow : undefined };

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!checked.risk) return;
    void saver.save(asReview ? recordReview(checked.risk, today, cycles) : checked.risk);
  }

  const conflict = saver.conflict;
  const conflictProblem =
    conflict?.problem === 'gone'
      ? t('conflictGone')
      : conflict?.problem === 'loadFailed'
        ? t('conflictLoadFailed')
        : undefined;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !saver.saving && onCancel()}>
      <DialogSurface>
        {conflict ? (
          <ConflictPanel
            rows={
              conflict.theirs
                ? [
                    ...riskConflictRows(t, locale, conflict.mine, conflict.theirs),
                    ...depthConflictRows(d, t('noOwner'), conflict.mine, conflict.theirs),
                  ]
                : []
            }
            problem={conflictProblem}
            busy={saver.saving}
            onKeepTheirs={saver.keepTheirs}
            onOverwrite={() => void saver.overwrite()}
          />
        ) : (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{initial.id ? t('editorEditTitle') : t('editorNewTitle')}</DialogTitle>
              <DialogContent>
                {initial.origin === 'catalogue' && initial.originRef && (
                  <Text block>{t('originCatalogue')}</Text>
                )}
                {initial.id && initial.domain && <RiskTeamsActions risk={initial as Risk} />}
                <RiskFormFields
                  draft={draft}
                  onChange={setDraft}
                  members={members}
                  problems={problems}
                />
                <Checkbox
                  label={d('saveAsReview')}
                  checked={asReview}
                  onChange={(_, data) => setAsReview(data.checked === true)}
                />
                {asReview && checked.risk && (
                  <Text block>
                    {d('reviewCycleHint', {
                      date: recordReview(checked.risk, today, cycles).nextReview ?? '',
                      days: cycles[reviewLevel(checked.risk)],
                      level: t(LEVEL_KEYS[reviewLevel(checked.risk)]),
                    })}
                  </Text>
                )}
                {saver.failure !== undefined && (
                  <MessageBar intent="error">
                    <MessageBarBody>
                      {t('saveFailed')} {describeError(saver.failure, locale)}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabledFocusable={saver.saving}>
                  {saver.saving ? t('saving') : t('save')}
                </Button>
                <Button disabledFocusable={saver.saving} onClick={onCancel}>
                  {t('cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
