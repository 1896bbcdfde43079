/** Loads the settings, risks and actions the Type page needs, and saves setting changes in order. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Action, PlanSettings, Risk } from '../../../domain/model';
import type { RisicoradarStore } from '../../../graph/store';
import { isConflict } from '../../shell/errors';
import type { LoadStatus } from '../risks/useRiskRegister';

/** A change to the settings, applied to the newest version when its turn to be saved comes. */
export type SettingsChange = (settings: PlanSettings) => PlanSettings;

/** Why the last save failed: another member saved first, or anything else with its error. */
export type SaveProblem = { kind: 'conflict' } | { kind: 'failed'; error: unknown };

/** The page's data and the ways to change it. */
export interface TypeSettings {
  status: LoadStatus;
  /** The settings with every change applied, including those still being saved. */
  settings: PlanSettings;
  risks: Risk[];
  actions: Action[];
  problem?: SaveProblem;
  reload: () => Promise<void>;
  /** Shows the change at once and saves it after the changes before it. */
  change: (update: SettingsChange) => Promise<void>;
  putRisk: (risk: Risk) => void;
  putAction: (action: Action) => void;
}

const EMPTY: PlanSettings = { key: 'plan' };

function putByKey<T extends { key: string }>(list: T[], record: T): T[] {
  return [...list.filter((item) => item.key !== record.key), record];
}

/** Reads everything once on mount; saves go one at a time so each carries the previous ETag. */
export function useTypeSettings(store: RisicoradarStore): TypeSettings {
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [settings, setSettings] = useState<PlanSettings>(EMPTY);
  const [risks, setRisks] = useState<Risk[]>([]);
  const [actions, setActions] = useState<Action[]>([]);
  const [problem, setProblem] = useState<SaveProblem>();
  const saved = useRef<PlanSettings>(EMPTY);
  const shown = useRef<PlanSettings>(EMPTY);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback((next: PlanSettings) => {
    shown.current = next;
    setSettings(next);
  }, []);

  const reload = useCallback(async () => {
    setStatus('loading');
    try {
      const [loaded, loadedRisks, loadedActions] = await Promise.all([
        store.settings.get(),
        store.risks.list(),
        store.actions.list(),
      ]);
      saved.current = loaded ?? EMPTY;
      show(saved.current);
      setRisks(loadedRisks);
      setActions(loadedActions);
      setStatus('ready');
    } catch (error) {
      console.error('[types] loading the settings, risks or actions failed', error);
      setStatus('failed');
    }
  }, [store, show]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const saveOne = useCallback(
    async (update: SettingsChange) => {
      try {
        saved.current = await store.settings.save(update(saved.current));
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Another member saved first: show their version rather than overwrite it.
        saved.current = (await store.settings.get()) ?? EMPTY;
        show(saved.current);
        setProblem({ kind: 'conflict' });
      }
    },
    [store, show],
  );

  const change = useCallback(
    (update: SettingsChange) => {
      setProblem(undefined);
      show(update(shown.current));
      const run = queue.current.then(() => saveOne(update));
      queue.current = run.catch((error: unknown) => {
        console.error('[types] saving the settings failed', error);
        show(saved.current);
        setProblem({ kind: 'failed', error });
      });
      return queue.current;
    },
    [saveOne, show],
  );

  const putRisk = useCallback((risk: Risk) => setRisks((list) => putByKey(list, risk)), []);
  const putAction = useCallback((action: Action) => setActions((l) => putByKey(l, action)), []);

  return { status, settings, risks, actions, problem, reload, change, putRisk, putAction };
}
