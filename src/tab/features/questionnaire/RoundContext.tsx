/** Loads the rounds once for all pages, creates the first one when there is none, and tracks the active one. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DateOnly, Round } from '../../../domain/model';
import { translate, useLocale } from '../../i18n/messages';
import { toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { questionnaireMessages } from './messages';
import { firstRound, newRound, pickActiveRound } from './rounds';

/** The rounds, the active one, and how to switch or start one. */
export interface RoundsValue {
  state: 'loading' | 'ready' | 'failed';
  error?: unknown;
  rounds: Round[];
  active?: Round;
  selectRound(key: string): void;
  startRound(name: string, referenceDate: DateOnly): Promise<Round>;
  reload(): void;
}

const RoundContext = createContext<RoundsValue | undefined>(undefined);

/** Returns the rounds; throws outside a `RoundProvider`. */
export function useRounds(): RoundsValue {
  const value = useContext(RoundContext);
  if (!value) throw new Error('[questionnaire] useRounds must be used inside <RoundProvider>');
  return value;
}

/** Provides the rounds of the team's self-assessment to the pages below it. */
export function RoundProvider({ children }: { children: ReactNode }) {
  const { store } = useSession();
  const locale = useLocale();
  const [rounds, setRounds] = useState<Round[]>([]);
  const [activeKey, setActiveKey] = useState<string>();
  const [state, setState] = useState<RoundsValue['state']>('loading');
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const [listed, settings] = await Promise.all([store.rounds.list(), store.settings.get()]);
      const template = translate(questionnaireMessages, locale, 'firstRoundName');
      const all =
        listed.length > 0
          ? listed
          : [await store.rounds.create(firstRound(toDateOnly(), template))];
      if (cancelled) return;
      setRounds(all);
      setActiveKey(pickActiveRound(all, settings)?.key);
      setState('ready');
    }
    setState('loading');
    load().catch((loadError: unknown) => {
      if (cancelled) return;
      setError(loadError);
      setState('failed');
    });
    return () => {
      cancelled = true;
    };
    // The locale only names a first round, so switching language does not reload.
  }, [store, attempt]);

  const startRound = useCallback(
    async (name: string, referenceDate: DateOnly) => {
      const created = await store.rounds.create(newRound(name, referenceDate));
      setRounds((previous) => [...previous, created]);
      setActiveKey(created.key);
      await rememberActiveRound(store, created.key);
      return created;
    },
    [store],
  );

  const value: RoundsValue = {
    state,
    error,
    rounds,
    active: rounds.find((round) => round.key === activeKey),
    selectRound: setActiveKey,
    startRound,
    reload: () => setAttempt((n) => n + 1),
  };
  return <RoundContext.Provider value={value}>{children}</RoundContext.Provider>;
}

async function rememberActiveRound(store: ReturnType<typeof useSession>['store'], key: string) {
  try {
    const settings = (await store.settings.get()) ?? { key: 'settings' };
    await store.settings.save({ ...settings, activeRoundKey: key });
  } catch (error) {
    // The newest round is active anyway when the settings lack it, so a failed save loses nothing.
    console.error('[questionnaire] saving the active round failed', error);
  }
}
