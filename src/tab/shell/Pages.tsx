/** The signed-in tab: navigation, the page's h1 where the page has none, the linked item, the page. */
import { Suspense, useEffect } from 'react';
import { makeStyles, Spinner } from '@fluentui/react-components';
import { useMessages } from '../i18n/messages';
import { LinkedItemPanel } from '../features/discussion/LinkedItemPanel';
import { useDeepLinkTarget } from '../features/discussion/useDeepLinkTarget';
import { AppNav } from '../navigation/AppNav';
import { NavigationContext } from '../navigation/NavigationContext';
import { findRoute } from '../navigation/routes';
import { useRoute } from '../navigation/useRoute';
import { ErrorBoundary } from './ErrorBoundary';
import { shellMessages } from './shellMessages';
import { useSession } from './StoreContext';

// The pages without an h1 show their title as an h2, so the shell's h1 is for screen readers only.
const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Renders the current page; a deep link opens the risk register (or the action plan) on its item. */
export function Pages() {
  const t = useMessages(shellMessages);
  const styles = useStyles();
  const session = useSession();
  const [current, navigate] = useRoute();
  const reading = useDeepLinkTarget(session.teams?.subPageId);
  const route = findRoute(current);

  useEffect(() => {
    if (reading.status === 'none') return;
    // An invalid link lands on the register too, with the panel's message.
    const page =
      reading.status === 'target' && reading.target.kind === 'action' ? 'actions' : 'risks';
    navigate(page);
  }, [reading, navigate]);

  return (
    <NavigationContext.Provider value={navigate}>
      <AppNav current={current} onNavigate={navigate} />
      {!route.ownHeading && <h1 className={styles.hidden}>{t(route.label)}</h1>}
      {(route.id === 'risks' || route.id === 'actions') && <LinkedItemPanel reading={reading} />}
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
