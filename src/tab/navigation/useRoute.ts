/** Keeps the current page in the URL's hash, so a reload opens the same page. */
import { useCallback, useEffect, useState } from 'react';
import { findRoute, type RouteId } from './routes';

function readHash(): RouteId {
  const path = window.location.hash.replace(/^#\/?/, '');
  // A local deep link, `#/risks/<key>`, opens the page before its key.
  const item = /^(risks|actions)\//.exec(path);
  return findRoute(item ? (item[1] as string) : path).id;
}

/** The current route id and a function to navigate. */
export function useRoute(): [RouteId, (id: RouteId) => void] {
  const [current, setCurrent] = useState<RouteId>(readHash);

  useEffect(() => {
    const onHashChange = () => setCurrent(readHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((id: RouteId) => {
    window.history.replaceState(null, '', `#/${id}`);
    setCurrent(id);
  }, []);
  return [current, navigate];
}
