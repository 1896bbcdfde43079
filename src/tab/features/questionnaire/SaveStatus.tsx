/** The save state of one question: saving, saved, failed with a retry, or a conflict with a choice. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Regular } from '@fluentui/react-icons';
import type { Question } from '../../../content/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { describeValue } from './describeValue';
import { questionnaireMessages } from './messages';
import { RetryCountdown } from './RetryCountdown';
import type { SaveState } from './useAnswers';

const useStatusStyles = makeStyles({
  saved: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** Props of SaveStatus. */
export interface SaveStatusProps {
  question: Question;
  status?: SaveState;
  onRetry(): void;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** Renders the state in a live region, so screen readers hear "Bewaard" and failures. */
export function SaveStatus({
  question,
  status,
  onRetry,
  onKeepMine,
  onTakeTheirs,
}: SaveStatusProps) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = useStatusStyles();

  if (status?.state === 'failed') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {t('saveFailed', { reason: describeError(status.error, locale) })}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status?.state === 'retrying') {
    return <RetryCountdown retryAt={status.retryAt} onRetry={onRetry} />;
  }
  if (status?.state === 'conflict') {
    const theirs = status.theirs;
    const text = theirs
      ? t('conflict', {
          name: theirs.answeredBy?.displayName ?? t('anotherMember'),
          value: describeValue(question, theirs.value, locale) || t('empty'),
        })
      : t('conflictRemoved');
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onKeepMine}>
            {t('keepMine')}
          </Button>
          <Button size="small" onClick={onTakeTheirs}>
            {t('takeTheirs')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <Text size={200} aria-live="polite" className={styles.saved}>
      {status?.state === 'saving' && t('saving')}
      {status?.state === 'saved' && (
        <>
          <CheckmarkCircle16Regular aria-hidden /> {t('saved')}
        </>
      )}
    </Text>
  );
}
