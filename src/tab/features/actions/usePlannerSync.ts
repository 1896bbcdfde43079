/** Pushes the plan to Planner and pulls Planner's changes back, with progress and results. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Action } from '../../../domain/model';
import type { PlannerSync, Progress, PushResult } from '../../../graph/store';
import { describePull, type PullChange } from './pullChanges';
import type { AwaitingPush } from './useAwaitingPush';

/** The sync's state that the Planner panel renders. */
export interface PlannerSyncState {
  busy?: 'push' | 'pull';
  progress?: Progress;
  pushResult?: PushResult;
  pushError?: unknown;
  /**
   * Changes of the latest pull that found any, kept through later pulls that find none until the
   * user dismisses them. Empty when every pull so far found nothing; undefined before the first.
   */
  pullChanges?: PullChange[];
  /** True when the latest pull found nothing while earlier changes are still shown. */
  pullFoundNothingSince: boolean;
  pullError?: unknown;
  awaitingPush: ReadonlySet<string>;
  push: (recreateDeleted?: string[]) => Promise<void>;
  pull: () => Promise<void>;
  dismissPullChanges: () => void;
}

interface ShownPullChanges {
  changes?: PullChange[];
  foundNothingSince: boolean;
}

// A pull that finds nothing keeps the earlier list, so changes found on opening stay readable.
function nextShown(shown: ShownPullChanges, found: PullChange[]): ShownPullChanges {
  const keep = found.length === 0 && (shown.changes?.length ?? 0) > 0;
  return keep
    ? { ...shown, foundNothingSince: true }
    : { changes: found, foundNothingSince: false };
}

function useShownPullChanges() {
  const [shown, setShown] = useState<ShownPullChanges>({ foundNothingSince: false });
  const show = useCallback((found: PullChange[]) => setShown((last) => nextShown(last, found)), []);
  const dismiss = useCallback(() => setShown({ foundNothingSince: false }), []);
  return useMemo(() => ({ ...shown, show, dismiss }), [shown, show, dismiss]);
}

/** Syncs the current actions. `onSynced` gets the actions as stored after a push or pull. */
export function usePlannerSync(
  planner: PlannerSync,
  actions: readonly Action[],
  onSynced: (actions: readonly Action[]) => void,
  awaiting: AwaitingPush,
): PlannerSyncState {
  const [busy, setBusy] = useState<'push' | 'pull'>();
  const [progress, setProgress] = useState<Progress>();
  const [pushResult, setPushResult] = useState<PushResult>();
  const [pushError, setPushError] = useState<unknown>();
  const shown = useShownPullChanges();
  const { show } = shown;
  const [pullError, setPullError] = useState<unknown>();

  const push = async (recreateDeleted?: string[]) => {
    setBusy('push');
    setProgress({ done: 0, total: 1, step: 'planner.plan' });
    setPushResult(undefined);
    setPushError(undefined);
    try {
      const result = await planner.push([...actions], { recreateDeleted, onProgress: setProgress });
      onSynced(result.actions);
      awaiting.pushed(result);
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
      awaiting.pulled(result);
      show(describePull(actions, result));
    } catch (error) {
      console.error('[actions] pulling from Planner failed', error);
      setPullError(error);
    } finally {
      setBusy(undefined);
    }
  }, [planner, actions, onSynced, awaiting, show]);

  return {
    busy,
    progress,
    pushResult,
    pushError,
    pullChanges: shown.changes,
    pullFoundNothingSince: shown.foundNothingSince,
    pullError,
    awaitingPush: awaiting.keys,
    push,
    pull,
    dismissPullChanges: shown.dismiss,
  };
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
