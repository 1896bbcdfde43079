/** The messages after a push or pull: counts, failures, what Planner changed, deleted tasks. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { useActionPageStyles } from './actionStyles';
import { actionMessages } from './messages';
import type { PullChange } from './pullChanges';
import type { PlannerSyncState } from './usePlannerSync';

/** Props of SyncResults. */
export interface SyncResultsProps {
  sync: PlannerSyncState;
  deletedCount: number;
}

function useChangeText() {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  return (change: PullChange) => {
    switch (change.kind) {
      case 'done':
        return t('changeDone', { title: change.title });
      case 'reopened':
        return t('changeReopened', { title: change.title });
      case 'deleted':
        return t('changeDeleted', { title: change.title });
      case 'owner':
        return t('changeOwner', { title: change.title, owner: change.owner ?? t('noOwner') });
      case 'progress':
        return t('changeProgress', { title: change.title, percent: change.percent });
      case 'due': {
        const due = change.dueDate ? formatDate(change.dueDate, locale) : t('noDue');
        return t('changeDue', { title: change.title, due });
      }
    }
  };
}

function PullChangesBar({
  sync,
  changeText,
}: {
  sync: PlannerSyncState;
  changeText: (change: PullChange) => string;
}) {
  const t = useMessages(actionMessages);
  const styles = useActionPageStyles();
  const changes = sync.pullChanges ?? [];
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        {changes.length === 0 ? t('pullNothing') : t('pullSummary', { count: changes.length })}
        {changes.length > 0 && (
          <ul className={styles.changes}>
            {changes.map((change, index) => (
              <li key={index}>{changeText(change)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {changes.length > 0 && (
        <MessageBarActions>
          <Button aria-label={t('pullDismissLabel')} onClick={sync.dismissPullChanges}>
            {t('pullDismiss')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Renders the results in a polite live region, so a screen reader hears them when they arrive. */
export function SyncResults({ sync, deletedCount }: SyncResultsProps) {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  const styles = useActionPageStyles();
  const changeText = useChangeText();
  const result = sync.pushResult;
  const changes = sync.pullChanges;
  return (
    <div aria-live="polite" className={styles.section}>
      {result && (
        <MessageBar intent={result.failures.length > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            {t('pushResult', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
            {result.skippedDeleted > 0 && ` ${t('pushSkipped', { count: result.skippedDeleted })}`}
            {result.failures.length > 0 &&
              ` ${t('pushFailures', {
                count: result.failures.length,
                detail: describeError(result.failures[0]?.error, locale),
              })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {sync.pushError !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('pushFailed')} {describeError(sync.pushError, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {sync.pullError !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('pullFailed')} {describeError(sync.pullError, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {sync.pullFoundNothingSince && (
        <MessageBar intent="info">
          <MessageBarBody>{t('pullAgainNothing')}</MessageBarBody>
        </MessageBar>
      )}
      {changes && <PullChangesBar sync={sync} changeText={changeText} />}
      {deletedCount > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('deletedWarning', { count: deletedCount })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
