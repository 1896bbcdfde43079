/** Pushes the plan to Planner and pulls Planner's changes back, with progress and results. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Action } from '../../../domain/model';
import type { PlannerSync, Progress, PushResult } from '../../../graph/store';
import { describePull, type PullChange } from './pullChanges';

/** The sync's state that the Planner panel renders. */
export interface PlannerSyncState {
  busy?: 'push' | 'pull';
  progress?: Progress;
  pushResult?: PushResult;
  pushError?: unknown;
  /** Changes of the last pull, undefined until a pull has finished. */
  pullChanges?: PullChange[];
  pullError?: unknown;
  push: (recreateDeleted?: string[]) => Promise<void>;
  pull: () => Promise<void>;
}

/** Syncs the current actions. `onSynced` gets the actions as stored after a push or pull. */
export function usePlannerSync(
  planner: PlannerSync,
  actions: readonly Action[],
  onSynced: (actions: readonly Action[]) => void,
): PlannerSyncState {
  const [busy, setBusy] = useState<'push' | 'pull'>();
  const [progress, setProgress] = useState<Progress>();
  const [pushResult, setPushResult] = useState<PushResult>();
  const [pushError, setPushError] = useState<unknown>();
  const [pullChanges, setPullChanges] = useState<PullChange[]>();
  const [pullError, setPullError] = useState<unknown>();

  const push = async (recreateDeleted?: string[]) => {
    setBusy('push');
    setProgress({ done: 0, total: 1, step: 'planner.plan' });
    setPushResult(undefined);
    setPushError(undefined);
    try {
      const result = await planner.push([...actions], { recreateDeleted, onProgress: setProgress });
      onSynced(result.actions);
      setPushResult(result);
    } catch (error) {
      console.error('[actions] pushing to Planner failed', error);
      setPushError(error);
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  };

  const pull = useCallback(async () => {
    setBusy('pull');
    setPullError(undefined);
    try {
      const result = await planner.pull([...actions]);
      onSynced([...result.changed, ...result.deleted]);
      setPullChanges(describePull(actions, result));
    } catch (error) {
      console.error('[actions] pulling from Planner failed', error);
      setPullError(error);
    } finally {
      setBusy(undefined);
    }
  }, [planner, actions, onSynced]);

  return { busy, progress, pushResult, pushError, pullChanges, pullError, push, pull };
}

/** Pulls once, as soon as the plan has loaded, so Planner's changes show when the page opens. */
export function usePullOnOpen(ready: boolean, pull: () => Promise<void>): void {
  const pulled = useRef(false);
  useEffect(() => {
    if (!ready || pulled.current) return;
    pulled.current = true;
    void pull();
  }, [ready, pull]);
}
