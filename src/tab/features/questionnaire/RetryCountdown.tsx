/** The notice of a save that is sent again by itself, with the seconds left and a button to retry now. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { questionnaireMessages } from './messages';

/** Props of RetryCountdown. */
export interface RetryCountdownProps {
  /** Time of the next automatic try, in epoch milliseconds. */
  retryAt: number;
  onRetry(): void;
}

function secondsUntil(time: number): number {
  return Math.max(0, Math.ceil((time - Date.now()) / 1000));
}

/** Renders "Opnieuw proberen over N s…" and counts down once a second. */
export function RetryCountdown({ retryAt, onRetry }: RetryCountdownProps) {
  const t = useMessages(questionnaireMessages);
  const [seconds, setSeconds] = useState(() => secondsUntil(retryAt));

  useEffect(() => {
    setSeconds(secondsUntil(retryAt));
    const timer = setInterval(() => setSeconds(secondsUntil(retryAt)), 1000);
    return () => clearInterval(timer);
  }, [retryAt]);

  // No live region: a screen reader would read every tick; the failure after the last retry
  // is an alert.
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t('retrying', { seconds })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
