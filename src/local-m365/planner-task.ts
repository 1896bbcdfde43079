/** Planner tasks: building a new task and applying a patch, with the changed property paths. */
import type { LocalM365State } from './context';
import { fail } from './errors';
import { hintBetween, resolveOrderHint } from './order-hint';
import type { PlannerDoc } from './planner-etag';
import {
  checkDate,
  checkInteger,
  checkTitle,
  mergeAssignments,
  mergeCategories,
} from './planner-fields';

const WRITABLE = new Set([
  'title',
  'bucketId',
  'assignments',
  'appliedCategories',
  'dueDateTime',
  'startDateTime',
  'percentComplete',
  'priority',
  'orderHint',
  'assigneePriority',
  'conversationThreadId',
]);

/** Context of a task change: the user, the time and the plan. */
export interface TaskChangeContext {
  state: LocalM365State;
  userId: string;
  now: string;
  planId: string;
}

/** Returns a new task's properties before the request's values are applied. */
export function emptyTask(id: string, context: TaskChangeContext): Record<string, unknown> {
  return {
    planId: context.planId,
    bucketId: null,
    title: '',
    orderHint: '',
    assigneePriority: '',
    percentComplete: 0,
    startDateTime: null,
    createdDateTime: context.now,
    dueDateTime: null,
    hasDescription: false,
    previewType: 'automatic',
    completedDateTime: null,
    completedBy: null,
    referenceCount: 0,
    checklistItemCount: 0,
    activeChecklistItemCount: 0,
    conversationThreadId: null,
    priority: 5,
    id,
    createdBy: { user: { id: context.userId } },
    appliedCategories: {},
    assignments: {},
  };
}

function checkBucket(context: TaskChangeContext, bucketId: unknown): string | null {
  if (bucketId === null) return null;
  const bucket =
    typeof bucketId === 'string'
      ? context.state.store.get<PlannerDoc>('plannerBucket', bucketId)
      : undefined;
  if (!bucket || bucket.data.planId !== context.planId) {
    throw fail.badRequest(
      `Bucket '${String(bucketId)}' does not belong to plan '${context.planId}'.`,
    );
  }
  return bucket.id;
}

function firstHint(context: TaskChangeContext): string {
  const hints = context.state.store
    .children<PlannerDoc>('plannerTask', context.planId)
    .map((task) => String(task.data.orderHint))
    .sort();
  return hintBetween('', hints[0] ?? '');
}

/** Applies `input` to `current`; returns the new properties and the property paths it changed. */
export function applyTaskPatch(
  context: TaskChangeContext,
  current: Record<string, unknown>,
  input: Record<string, unknown>,
): { data: Record<string, unknown>; changed: string[] } {
  const data = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('@odata.')) continue;
    if (!WRITABLE.has(key))
      throw fail.badRequest(`The property '${key}' cannot be set on a plannerTask.`);
    if (key === 'assignments') {
      const merged = mergeAssignments(
        context.state,
        data.assignments as Record<string, unknown>,
        value,
        context.userId,
        context.now,
      );
      data.assignments = merged.assignments;
      changed.push(...merged.changed);
      continue;
    }
    if (key === 'appliedCategories') {
      const merged = mergeCategories(data.appliedCategories as Record<string, unknown>, value);
      data.appliedCategories = merged.appliedCategories;
      changed.push(...merged.changed);
      continue;
    }
    data[key] = checkValue(context, key, value);
    changed.push(key);
  }
  if (changed.includes('percentComplete')) markCompletion(context, data);
  const start = data.startDateTime as string | null;
  const due = data.dueDateTime as string | null;
  if (start && due && start > due)
    throw fail.badRequest("'startDateTime' must not be after 'dueDateTime'.");
  if (!data.orderHint) data.orderHint = firstHint(context);
  return { data, changed };
}

function checkValue(context: TaskChangeContext, key: string, value: unknown): unknown {
  switch (key) {
    case 'title':
      return checkTitle(value);
    case 'bucketId':
      return checkBucket(context, value);
    case 'dueDateTime':
    case 'startDateTime':
      return checkDate(value, key);
    case 'percentComplete':
      return checkInteger(value, key, 0, 100);
    case 'priority':
      return checkInteger(value, key, 0, 10);
    case 'orderHint':
    case 'assigneePriority':
      return resolveOrderHint(value);
    default:
      return value;
  }
}

/** Planner fills completedDateTime and completedBy when a task reaches 100 percent. */
function markCompletion(context: TaskChangeContext, data: Record<string, unknown>): void {
  if (data.percentComplete === 100) {
    data.completedDateTime = context.now;
    data.completedBy = { user: { id: context.userId } };
  } else {
    data.completedDateTime = null;
    data.completedBy = null;
  }
}
