/** Which actions hold a change that Planner does not have yet, until the next push sends it. */
import { useCallback, useMemo, useState } from 'react';
import type { Action } from '../../../domain/model';
import { taskFieldsChanged } from '../../../domain/plannerSync';
import type { PullResult, PushResult } from '../../../graph/store';

/** The keys of actions awaiting a push, and the events that change them. */
export interface AwaitingPush {
  keys: ReadonlySet<string>;
  /** Marks an action whose edit changed a value its Planner task shows. */
  edited: (before: Action, after: Action) => void;
  /** Takes the sync's comparison with the tasks it read, when the pull made one. */
  pulled: (result: PullResult) => void;
  /** Keeps only the actions that the push could not send. */
  pushed: (result: PushResult) => void;
}

/** Tracks the actions awaiting a push; a pull that compared with Planner's tasks is the source. */
export function useAwaitingPush(): AwaitingPush {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());

  const edited = useCallback((before: Action, after: Action) => {
    if (!after.plannerTaskId || !taskFieldsChanged(before, after)) return;
    setKeys((current) => new Set([...current, after.key]));
  }, []);

  const pulled = useCallback((result: PullResult) => {
    if (result.awaitingPush) setKeys(new Set(result.awaitingPush));
  }, []);

  const pushed = useCallback((result: PushResult) => {
    const failed = new Set(result.failures.map((failure) => failure.actionKey));
    setKeys((current) => new Set([...current].filter((key) => failed.has(key))));
  }, []);

  return useMemo(() => ({ keys, edited, pulled, pushed }), [keys, edited, pulled, pushed]);
}
