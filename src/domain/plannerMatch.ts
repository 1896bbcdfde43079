/**
 * Finds the tasks that an earlier, interrupted push created but could not link to their actions.
 *
 * A create whose response was lost leaves a task with the action's title in the action's bucket,
 * and nothing else of ours. Once its details are written, their description also ends with a
 * marker line that carries the action's key. Matching by marker first, then by title and bucket
 * among unmarked tasks, links every such task to one action. A task someone made by hand with the
 * same title in the same bucket is linked too, because nothing else tells it apart
 * from a task whose create response was lost.
 */
import type { Action } from './model';
import type { BucketIds, TaskState } from './plannerSync';

const MARKER = /\[Risicoradar-actie: ([^\n]+)\]$/;

/** Returns the task description for an action: its description and a marker line with its key. */
export function describeTask(action: Pick<Action, 'description' | 'key'>): string {
  const marker = `[Risicoradar-actie: ${action.key}]`;
  return action.description ? `${action.description}\n\n${marker}` : marker;
}

/** Returns the action key in a task description's marker line, if it has one. */
export function markerKey(description: string | undefined): string | undefined {
  return description ? MARKER.exec(description)?.[1] : undefined;
}

/**
 * Pairs actions without a task with unclaimed tasks: first by the key in `markers` (task id →
 * key from its details), then by title and bucket among tasks without a marker. Returns action
 * key → task.
 */
export function matchOrphans(
  actions: Action[],
  tasks: TaskState[],
  markers: Map<string, string | undefined>,
  buckets: BucketIds,
): Map<string, TaskState> {
  const matched = new Map<string, TaskState>();
  const used = new Set<string>();
  for (const action of actions) {
    const task = tasks.find((candidate) => markers.get(candidate.id) === action.key);
    if (task && !used.has(task.id)) {
      matched.set(action.key, task);
      used.add(task.id);
    }
  }
  for (const action of actions) {
    if (matched.has(action.key)) continue;
    const task = tasks.find(
      (candidate) =>
        !used.has(candidate.id) &&
        markers.get(candidate.id) === undefined &&
        candidate.title === action.title &&
        candidate.bucketId === buckets[action.moscow],
    );
    if (task) {
      matched.set(action.key, task);
      used.add(task.id);
    }
  }
  return matched;
}
