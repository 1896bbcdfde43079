/** The item a deep link opens: Teams' sub-page id at start, or the local hash as it changes. */
import { useEffect, useState } from 'react';
import { parseHashTarget, parseSubPageId, type DeepLinkReading } from '../../navigation/deepLinks';

/**
 * Reads the deep link. Teams renders the tab again with a new sub-page id when a link opens while
 * the tab is open, so reading it at start suffices there. Locally, the hash changes in place.
 */
export function useDeepLinkTarget(subPageId: string | undefined): DeepLinkReading {
  const [reading, setReading] = useState<DeepLinkReading>(() => {
    const fromTeams = parseSubPageId(subPageId);
    return fromTeams.status === 'none' ? parseHashTarget(window.location.hash) : fromTeams;
  });

  useEffect(() => {
    const onHashChange = () => {
      const next = parseHashTarget(window.location.hash);
      if (next.status !== 'none') setReading(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return reading;
}
