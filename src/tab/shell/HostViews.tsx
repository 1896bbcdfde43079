/** The screens for sign-in in Teams, for a host without Teams, and for removing the tab. */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useMessages } from '../i18n/messages';
import { shellMessages } from './shellMessages';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    padding: tokens.spacingVerticalL,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Teams on the web; the deep link opens the app there when its id is known. */
const TEAMS_WEB = 'https://teams.microsoft.com/';

/** Asks the user to sign in with a pop-up, when MSAL cannot get a token silently. */
export function SignInView({ onSignIn }: { onSignIn: () => Promise<void> }) {
  const t = useMessages(shellMessages);
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function signIn() {
    setBusy(true);
    setFailed(false);
    try {
      await onSignIn();
    } catch (error) {
      console.error('[shell] the sign-in pop-up failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.panel}>
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      {failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('signInFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void signIn()}>
          {t('signIn')}
        </Button>
      </div>
    </div>
  );
}

/**
 * Shown outside any host without the local stand-in, and in a host without nested app
 * authentication: the app has no server of its own, so it cannot sign in there.
 */
export function NoHostView({ hostName }: { hostName?: string }) {
  const t = useMessages(shellMessages);
  const styles = useStyles();
  const appId = import.meta.env.VITE_TEAMS_APP_ID as string | undefined;
  const teamsLink = appId
    ? `https://teams.microsoft.com/l/app/${encodeURIComponent(appId)}`
    : TEAMS_WEB;
  return (
    <div className={styles.panel}>
      <h1>{t('noHostTitle')}</h1>
      <p>{hostName ? t('noHostIn', { host: hostName }) : t('noHostIntro')}</p>
      <div className={styles.buttons}>
        <Button as="a" appearance="primary" href={teamsLink} target="_blank" rel="noreferrer">
          {t('openInTeams')}
        </Button>
        <Button as="a" href={TEAMS_WEB} target="_blank" rel="noreferrer">
          {t('openTeamsWeb')}
        </Button>
      </div>
    </div>
  );
}

/** Renders the tab's remove page, which explains that the data stays where it is. */
export function RemoveView() {
  const t = useMessages(shellMessages);
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <h1>{t('removeTitle')}</h1>
      <p>{t('removeBody')}</p>
    </div>
  );
}
