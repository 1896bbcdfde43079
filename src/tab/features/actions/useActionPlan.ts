/** Loads the action plan: its actions, the risks they can link to, and the plan's settings. */
import { useCallback, useEffect, useState } from 'react';
import type { Action, PlanSettings, Risk } from '../../../domain/model';
import type { RisicoradarStore } from '../../../graph/store';
import type { LoadStatus } from '../risks/useRiskRegister';

/** The plan's state and the ways to change it. */
export interface ActionPlan {
  actions: Action[];
  risks: Risk[];
  settings?: PlanSettings;
  status: LoadStatus;
  reload: () => Promise<void>;
  /** Puts saved or synced actions in the list, replacing those with the same key. */
  putActions: (actions: readonly Action[]) => void;
  setSettings: (settings: PlanSettings) => void;
}

/** Reads actions, risks and settings once on mount, and again on `reload`. */
export function useActionPlan(store: RisicoradarStore): ActionPlan {
  const [actions, setActions] = useState<Action[]>([]);
  const [risks, setRisks] = useState<Risk[]>([]);
  const [settings, setSettings] = useState<PlanSettings>();
  const [status, setStatus] = useState<LoadStatus>('loading');

  const reload = useCallback(async () => {
    setStatus('loading');
    try {
      const [loadedActions, loadedRisks, loadedSettings] = await Promise.all([
        store.actions.list(),
        store.risks.list(),
        store.settings.get(),
      ]);
      setActions(loadedActions);
      setRisks(loadedRisks);
      setSettings(loadedSettings);
      setStatus('ready');
    } catch (error) {
      console.error('[actions] loading the action plan failed', error);
      setStatus('failed');
    }
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const putActions = useCallback((updated: readonly Action[]) => {
    const byKey = new Map(updated.map((action) => [action.key, action]));
    setActions((current) => {
      const kept = current.map((action) => byKey.get(action.key) ?? action);
      const added = updated.filter((action) => !current.some((item) => item.key === action.key));
      return [...kept, ...added];
    });
  }, []);

  return { actions, risks, settings, status, reload, putActions, setSettings };
}
