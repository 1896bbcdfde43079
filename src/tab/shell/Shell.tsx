/** The tab's shell: theme, locale, start-up, the session context and the current page. */
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { LocaleContext } from '../i18n/messages';
import { ConfigPage } from '../features/config/ConfigPage';
import { MyActionsPage } from '../features/my-actions/MyActionsPage';
import { RoundProvider } from '../features/questionnaire/RoundContext';
import { ErrorBoundary } from './ErrorBoundary';
import { NoHostView, RemoveView, SignInView } from './HostViews';
import { Pages } from './Pages';
import { SessionContext } from './StoreContext';
import { ConnectingView, FailureView, UserPicker } from './StartupViews';
import { ShellHeader } from './ShellHeader';
import { usePreferences } from './usePreferences';
import { useStartup, type Startup, type StartupDependencies } from './useStartup';

const useShellStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
});

/** Props of the shell; tests replace the start-up collaborators. */
export interface ShellProps {
  dependencies?: StartupDependencies;
}

/**
 * Renders the whole tab. Fluent's dialogs and popovers render in portals, and FluentProvider
 * gives each portal's mount node its theme class, so they follow a theme switch as well.
 */
export function Shell({ dependencies }: ShellProps) {
  const startup = useStartup(dependencies);
  const preferences = usePreferences(startup.host);
  const styles = useShellStyles();
  const localMode = startup.host?.kind === 'local';

  return (
    <FluentProvider theme={preferences.theme} className={styles.root}>
      <LocaleContext.Provider value={preferences.locale}>
        <ShellHeader
          localMode={localMode}
          localUser={
            startup.state.stage === 'ready'
              ? startup.state.session.me.displayName
              : startup.localUser
          }
          locale={preferences.locale}
          onLocale={preferences.setLocale}
          themeName={preferences.themeName}
          onTheme={localMode ? preferences.setThemeName : undefined}
          onSwitchUser={localMode ? startup.switchUser : undefined}
        />
        <main className={styles.main}>
          <ErrorBoundary>
            <StartupContent startup={startup} localMode={localMode} />
          </ErrorBoundary>
        </main>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

function StartupContent({ startup, localMode }: { startup: Startup; localMode: boolean }) {
  const { state } = startup;
  switch (state.stage) {
    case 'detecting':
      return <ConnectingView />;
    case 'noHost':
      return <NoHostView hostName={state.hostName} />;
    case 'remove':
      return <RemoveView />;
    case 'signIn':
      return <SignInView onSignIn={state.signIn} />;
    case 'chooseUser':
      return (
        <UserPicker
          users={state.users}
          usersError={state.usersError}
          onChoose={startup.chooseUser}
          onRetry={startup.retry}
        />
      );
    case 'connecting':
      return <ConnectingView progress={state.progress} />;
    case 'configure':
      return <ConfigPage store={state.store} inTeams={startup.host?.kind === 'teams'} />;
    case 'personal':
      return <MyActionsPage graph={state.graph} tenantId={state.tenantId} />;
    case 'failed':
      return (
        <FailureView
          error={state.error}
          onRetry={startup.retry}
          onSwitchUser={localMode ? startup.switchUser : undefined}
        />
      );
    case 'ready':
      return (
        <SessionContext.Provider value={state.session}>
          <RoundProvider>
            <Pages />
          </RoundProvider>
        </SessionContext.Provider>
      );
  }
}
