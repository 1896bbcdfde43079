/** Loads what the controls, gap, ownership and analysis views share, and keeps it in step with saves. */
import { useCallback, useEffect, useState } from 'react';
import type { Action, Answer, Control, PlanSettings, Risk, Round } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { useSession } from '../../shell/StoreContext';
import { useRoundAnswers } from '../questionnaire/useRoundAnswers';

/** The team's records, the active round's answer items, and the functions that refresh them. */
export interface ControlsData {
  status: 'loading' | 'ready' | 'failed' | 'noList';
  error?: unknown;
  repository?: Repository<Control>;
  controls: Control[];
  risks: Risk[];
  actions: Action[];
  settings?: PlanSettings;
  round?: Round;
  answers: Answer[];
  reload: () => Promise<void>;
  putControl: (control: Control) => void;
  putRisk: (risk: Risk) => void;
  putAction: (action: Action) => void;
}

interface Loaded {
  controls: Control[];
  risks: Risk[];
  actions: Action[];
  settings?: PlanSettings;
}

function replaceByKey<T extends { key: string }>(items: T[], item: T): T[] {
  const index = items.findIndex((candidate) => candidate.key === item.key);
  if (index < 0) return [...items, item];
  return items.map((candidate, at) => (at === index ? item : candidate));
}

/** Loads the controls, risks, actions and settings once, and again on `reload`. */
export function useControlsData(): ControlsData {
  const { store } = useSession();
  const round = useRoundAnswers();
  const repository = store.controls;
  const [loaded, setLoaded] = useState<Loaded>({ controls: [], risks: [], actions: [] });
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    if (!repository) return;
    setStatus('loading');
    try {
      const [controls, risks, actions, settings] = await Promise.all([
        repository.list(),
        store.risks.list(),
        store.actions.list(),
        store.settings.get(),
      ]);
      setLoaded({ controls, risks, actions, settings });
      setStatus('ready');
    } catch (loadError) {
      console.error('[controls] loading failed', loadError);
      setError(loadError);
      setStatus('failed');
    }
  }, [repository, store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const put = useCallback(
    <K extends 'controls' | 'risks' | 'actions'>(list: K) =>
      (item: Loaded[K][number]) =>
        setLoaded((current) => ({
          ...current,
          [list]: replaceByKey(current[list] as { key: string }[], item),
        })),
    [],
  );

  const roundFailed = round.state === 'failed';
  const combined = !repository
    ? 'noList'
    : status === 'failed' || roundFailed
      ? 'failed'
      : status === 'ready' && round.state === 'ready'
        ? 'ready'
        : 'loading';

  return {
    status: combined,
    error: error ?? round.error,
    repository,
    ...loaded,
    round: round.round,
    answers: round.answers,
    reload,
    putControl: put('controls'),
    putRisk: put('risks'),
    putAction: put('actions'),
  };
}
