/** Loads the signed-in user's tasks in the plans Risicoradar made, across the teams the user is in. */
import { useCallback, useEffect, useState } from 'react';
import type { MyTask } from '../../../graph';
import type { GraphSession } from '../../shell/graphSession';

/** The tasks, or the failure, and a retry. */
export interface MyTasksState {
  tasks?: MyTask[];
  error?: unknown;
  retry(): void;
}

/**
 * Reads the plan id from the settings list of every joined team. A team without Risicoradar's
 * lists has no plan and is skipped.
 * NOTE: a plan whose settings sit on a private channel's site is not found this way, because the
 * personal tab has no channel. Its tasks are then missing from the list.
 */
async function readPlanIds(graph: GraphSession): Promise<string[]> {
  const teams = await graph.joinedTeams();
  const ids = await Promise.all(
    teams.map(async (team) => {
      try {
        const store = await graph.openStore({ groupId: team.id });
        return (await store.settings.get())?.plannerPlanId;
      } catch {
        return undefined;
      }
    }),
  );
  return ids.filter((id): id is string => !!id);
}

/** Returns the state of the personal tab's task list. */
export function useMyTasks(graph: GraphSession): MyTasksState {
  const [attempt, setAttempt] = useState(0);
  const [tasks, setTasks] = useState<MyTask[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    readPlanIds(graph)
      .then((planIds) => graph.myTasks?.(planIds) ?? [])
      .then((found) => !cancelled && setTasks(found))
      .catch((failure: unknown) => {
        console.error('[my-actions] loading the tasks failed', failure);
        if (!cancelled) setError(failure);
      });
    return () => {
      cancelled = true;
    };
  }, [graph, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { tasks, error, retry };
}
