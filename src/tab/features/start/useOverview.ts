/** Loads what the start page needs: the active round's answers, the risks, the actions and the plan settings. */
import { useEffect, useState } from 'react';
import { toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { useRounds } from '../questionnaire/RoundContext';
import { computeOverview, type Overview } from './overview';

/** The overview and the state of loading it. */
export type OverviewState =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; overview: Overview; roundName: string; targetDate?: string };

/** Loads the data in parallel and computes the overview for today. */
export function useOverview(): OverviewState {
  const { store } = useSession();
  const rounds = useRounds();
  const round = rounds.active;
  const [result, setResult] = useState<OverviewState>({ state: 'loading' });

  useEffect(() => {
    if (!round) return;
    let cancelled = false;
    Promise.all([
      store.answers.list(round.key),
      store.risks.list(),
      store.actions.list(),
      store.settings.get(),
    ])
      .then(([answers, risks, actions, settings]) => {
        if (cancelled) return;
        const overview = computeOverview(answers, risks, actions, settings, toDateOnly());
        setResult({
          state: 'ready',
          overview,
          roundName: round.name,
          targetDate: settings?.targetDate,
        });
      })
      .catch((error: unknown) => !cancelled && setResult({ state: 'failed', error }));
    return () => {
      cancelled = true;
    };
  }, [store, round]);

  if (rounds.state === 'failed') return { state: 'failed', error: rounds.error };
  return result;
}
