/** Changes that a Planner pull made to actions, in terms the user recognises. */
import type { Action } from '../../../domain/model';
import type { PullResult } from '../../../graph/store';

/** One change that Planner made to an action. */
export type PullChange =
  | { kind: 'done' | 'reopened' | 'deleted'; title: string }
  | { kind: 'owner'; title: string; owner?: string }
  | { kind: 'due'; title: string; dueDate?: string }
  | { kind: 'progress'; title: string; percent: number };

function changesOf(before: Action | undefined, after: Action): PullChange[] {
  const title = after.title;
  const changes: PullChange[] = [];
  if (before?.status !== 'done' && after.status === 'done') changes.push({ kind: 'done', title });
  if (before?.status === 'done' && after.status !== 'done')
    changes.push({ kind: 'reopened', title });
  if (before?.owner?.id !== after.owner?.id) {
    changes.push({ kind: 'owner', title, owner: after.owner?.displayName });
  }
  const progressed = after.status !== 'done' && after.percentComplete > 0;
  if (progressed && before?.percentComplete !== after.percentComplete) {
    changes.push({ kind: 'progress', title, percent: after.percentComplete });
  }
  if (before?.dueDate !== after.dueDate)
    changes.push({ kind: 'due', title, dueDate: after.dueDate });
  return changes;
}

/** Lists the changes of a pull against the actions as they were before it. */
export function describePull(before: readonly Action[], result: PullResult): PullChange[] {
  const byKey = new Map(before.map((action) => [action.key, action]));
  const changed = result.changed.flatMap((action) => changesOf(byKey.get(action.key), action));
  const deleted = result.deleted
    .filter((action) => !byKey.get(action.key)?.plannerTaskDeleted)
    .map((action): PullChange => ({ kind: 'deleted', title: action.title }));
  return [...changed, ...deleted];
}
