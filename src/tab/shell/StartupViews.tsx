/** The screens before the session is ready: demo-user choice, progress, and failure. */
import { useState } from 'react';
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { Progress } from '../../graph/store';
import { useLocale, useMessages, type Locale } from '../i18n/messages';
import { describeError } from './errors';
import type { LocalUser } from './localMode';
import { SessionOpenError } from './openSession';
import { shellMessages } from './shellMessages';
import { MissingClientIdError } from './nestedAuth';

type ShellKey = keyof typeof shellMessages.nl;

const useViewStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '36rem',
    padding: tokens.spacingVerticalL,
  },
});

/** Props of the demo-user picker. */
export interface UserPickerProps {
  users: LocalUser[];
  usersError?: unknown;
  onChoose(userPrincipalName: string): void;
  onRetry(): void;
}

/** Lets the user pick a demo user of the local stand-in. */
export function UserPicker({ users, usersError, onChoose, onRetry }: UserPickerProps) {
  const t = useMessages(shellMessages);
  const styles = useViewStyles();
  const [chosen, setChosen] = useState('');

  if (usersError !== undefined) {
    return (
      <div className={styles.panel}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('usersFailed')}</MessageBarBody>
        </MessageBar>
        <Button onClick={onRetry}>{t('retry')}</Button>
      </div>
    );
  }
  return (
    <form
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onChoose(chosen);
      }}
    >
      <h1>{t('chooseUserTitle')}</h1>
      <p>{t('chooseUserIntro')}</p>
      <Field label={t('chooseUserLabel')} required>
        <Select value={chosen} onChange={(_, data) => setChosen(data.value)}>
          <option value="">{t('chooseUserPlaceholder')}</option>
          {users.map((user) => (
            <option key={user.userPrincipalName} value={user.userPrincipalName}>
              {user.displayName} ({user.userPrincipalName})
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={!chosen}>
        {t('signIn')}
      </Button>
    </form>
  );
}

/** Shows provisioning progress as a labelled progress bar. */
export function ConnectingView({ progress }: { progress?: Progress }) {
  const t = useMessages(shellMessages);
  const styles = useViewStyles();
  if (!progress) return <Spinner label={t('starting')} />;
  const value = progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.panel}>
      <Field
        label={t('provisioning')}
        hint={t('provisionStep', { done: progress.done, total: progress.total })}
      >
        <ProgressBar value={value} max={1} thickness="large" />
      </Field>
    </div>
  );
}

function failureText(error: unknown, t: (key: ShellKey) => string, locale: Locale) {
  if (error instanceof MissingClientIdError) return t('missingClientId');
  if (error instanceof SessionOpenError) return t(error.reason);
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as { status?: unknown }).status === 403
  ) {
    return t('noTeam');
  }
  return describeError(error, locale);
}

/** Props of the failure screen. */
export interface FailureViewProps {
  error: unknown;
  onRetry(): void;
  onSwitchUser?: () => void;
}

/** Says why start-up failed and what the user can do. */
export function FailureView({ error, onRetry, onSwitchUser }: FailureViewProps) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const styles = useViewStyles();
  return (
    <div className={styles.panel}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <strong>{t('startFailed')}</strong> {failureText(error, t, locale)}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button onClick={onRetry}>{t('retry')}</Button>{' '}
        {onSwitchUser && <Button onClick={onSwitchUser}>{t('switchUser')}</Button>}
      </div>
    </div>
  );
}
