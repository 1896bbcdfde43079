/** Reads the active round's answers once, for pages that show them without editing them. */
import { useEffect, useState } from 'react';
import type { Answer, Round } from '../../../domain/model';
import { useSession } from '../../shell/StoreContext';
import { useRounds } from './RoundContext';

/** The active round's answers and the state of loading them. */
export interface RoundAnswers {
  state: 'loading' | 'ready' | 'failed';
  error?: unknown;
  round?: Round;
  answers: Answer[];
}

/** Loads the answers of the active round; reloads when the round changes. */
export function useRoundAnswers(): RoundAnswers {
  const { store } = useSession();
  const rounds = useRounds();
  const round = rounds.active;
  const [result, setResult] = useState<RoundAnswers>({ state: 'loading', answers: [] });

  useEffect(() => {
    if (!round) return;
    let cancelled = false;
    setResult({ state: 'loading', round, answers: [] });
    store.answers
      .list(round.key)
      .then((answers) => !cancelled && setResult({ state: 'ready', round, answers }))
      .catch(
        (error: unknown) => !cancelled && setResult({ state: 'failed', error, round, answers: [] }),
      );
    return () => {
      cancelled = true;
    };
  }, [store, round]);

  if (rounds.state === 'failed') return { state: 'failed', error: rounds.error, answers: [] };
  return result;
}
