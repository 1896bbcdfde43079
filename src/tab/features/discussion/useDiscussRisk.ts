/** Posts a risk's thread to the channel and keeps the thread's web URL on the risk. */
import { useState } from 'react';
import type { Risk } from '../../../domain/model';
import { isConflict } from '../../shell/errors';
import { useLocale } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { itemLink } from './itemLink';
import { riskChannelMessage, type ConfidentialChoice } from './riskMessage';

/** The post's state and the function that sends it. */
export interface DiscussRisk {
  posting: boolean;
  failure?: unknown;
  post(include: ConfidentialChoice): Promise<Risk | undefined>;
}

/** Saves the thread URL; on a stale ETag it reads the risk again and saves once more. */
async function keepThreadUrl(
  risks: { update(r: Risk): Promise<Risk>; list(): Promise<Risk[]> },
  risk: Risk,
  threadUrl: string,
): Promise<Risk> {
  try {
    return await risks.update({ ...risk, threadUrl });
  } catch (error) {
    if (!isConflict(error)) throw error;
    const fresh = (await risks.list()).find((candidate) => candidate.key === risk.key);
    if (!fresh) throw error;
    return risks.update({ ...fresh, threadUrl });
  }
}

/** Returns the poster for one risk. */
export function useDiscussRisk(risk: Risk, onPosted: (saved: Risk) => void): DiscussRisk {
  const session = useSession();
  const locale = useLocale();
  const [posting, setPosting] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function post(include: ConfidentialChoice) {
    const teams = session.store.teams;
    if (!teams) return undefined;
    setPosting(true);
    setFailure(undefined);
    try {
      const link = itemLink(session, { kind: 'risk', key: risk.key }, risk.title);
      const posted = await teams.postMessage(riskChannelMessage(risk, locale, link, include));
      const saved = await keepThreadUrl(session.store.risks, risk, posted.webUrl);
      onPosted(saved);
      return saved;
    } catch (error) {
      console.error('[discussion] posting the risk thread failed', error);
      setFailure(error);
      return undefined;
    } finally {
      setPosting(false);
    }
  }
  return { posting, failure, post };
}
