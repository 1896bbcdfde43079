/** The tab's shell: theme, locale, start-up, the session context and the current page. */
import { Suspense } from 'react';
import { FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { LocaleContext, useMessages } from '../i18n/messages';
import { RoundProvider } from '../features/questionnaire/RoundContext';
import { AppNav } from '../navigation/AppNav';
import { NavigationContext } from '../navigation/NavigationContext';
import { findRoute } from '../navigation/routes';
import { useRoute } from '../navigation/useRoute';
import { ErrorBoundary } from './ErrorBoundary';
import { SessionContext } from './StoreContext';
import { ConnectingView, FailureView, UserPicker } from './StartupViews';
import { ShellHeader } from './ShellHeader';
import { shellMessages } from './shellMessages';
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

/** Renders the whole tab. */
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

function Pages() {
  const [current, navigate] = useRoute();
  const route = findRoute(current);
  return (
    <NavigationContext.Provider value={navigate}>
      <AppNav current={current} onNavigate={navigate} />
      <ErrorBoundary key={route.id}>
        <Suspense fallback={<PageSpinner />}>
          <route.Page />
        </Suspense>
      </ErrorBoundary>
    </NavigationContext.Provider>
  );
}

function PageSpinner() {
  const t = useMessages(shellMessages);
  return <Spinner label={t('loadingPage')} />;
}
