/**
 * Decisions of the Planner sync, free of Graph: what a push writes and what a pull takes over.
 *
 * Planner wins for completion, assignees and due date; the app wins for title, bucket and label.
 * The task's ETag stored on the action shows whether Planner changed the task since the app last
 * read or wrote it. Only then do Planner's completion, assignees and due date replace the app's
 * values.
 */
import type { MoscowClass, RiskDomainId } from '../content/model';
import { toPlannerDateTime } from './dates';
import type { Action, DateOnly, Person } from './model';

/** The parts of a Planner task the sync reads. */
export interface TaskState {
  id: string;
  etag: string;
  title: string;
  bucketId: string;
  /** Entra user ids of the assignees. */
  assigneeIds: string[];
  dueDate?: DateOnly;
  percentComplete: number;
  /** Applied labels, such as `category3`. */
  categories: string[];
}

/** Bucket id per MoSCoW class. */
export type BucketIds = Record<MoscowClass, string>;

/** The task state an action calls for. */
export interface DesiredTask {
  title: string;
  bucketId: string;
  assigneeId?: string;
  dueDate?: DateOnly;
  category?: string;
}

/** A Planner task body (create) or patch (update), as Graph accepts it. */
export type TaskBody = Record<string, unknown>;

/** The outcome of {@link decidePush} for one action. */
export type PushDecision =
  | { kind: 'create'; action: Action; body: Omit<TaskBody, 'planId'> }
  | { kind: 'update'; action: Action; patch: TaskBody }
  | { kind: 'unchanged'; action: Action }
  | { kind: 'skipDeleted'; action: Action };

/** The outcome of {@link decidePull} for one action. */
export type PullDecision =
  | { kind: 'changed'; action: Action }
  | { kind: 'deleted'; action: Action }
  | { kind: 'unchanged'; action: Action };

/** Returns Planner's label for a risk domain: d1 is category1 up to d13 is category13. */
export function categoryOf(domain: RiskDomainId | undefined): string | undefined {
  return domain ? `category${Number(domain.slice(1))}` : undefined;
}

/** Returns the task state for an action. A Won't-have task has no assignee and no due date. */
export function desiredTask(action: Action, buckets: BucketIds): DesiredTask {
  const wont = action.moscow === 'wont';
  return {
    title: action.title,
    bucketId: buckets[action.moscow],
    assigneeId: wont ? undefined : action.owner?.id,
    dueDate: wont ? undefined : action.dueDate,
    category: categoryOf(action.domain),
  };
}

function assignment() {
  return { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
}

/** Returns the body that creates the task; the caller adds the plan id. */
export function createBody(desired: DesiredTask, percentComplete = 0): TaskBody {
  const body: TaskBody = { bucketId: desired.bucketId, title: desired.title, assignments: {} };
  if (desired.assigneeId) body.assignments = { [desired.assigneeId]: assignment() };
  if (desired.dueDate) body.dueDateTime = toPlannerDateTime(desired.dueDate);
  if (desired.category) body.appliedCategories = { [desired.category]: true };
  if (percentComplete > 0) body.percentComplete = percentComplete;
  return body;
}

function categoryPatch(task: TaskState, desired: string | undefined): TaskBody | undefined {
  const patch: Record<string, boolean> = {};
  for (const category of task.categories) if (category !== desired) patch[category] = false;
  if (desired && !task.categories.includes(desired)) patch[desired] = true;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

function assignmentPatch(task: TaskState, desired: string | undefined): TaskBody | undefined {
  const patch: Record<string, unknown> = {};
  for (const id of task.assigneeIds) if (id !== desired) patch[id] = null;
  if (desired && !task.assigneeIds.includes(desired)) patch[desired] = assignment();
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** Returns only the properties in which the task differs from the desired state. */
export function taskPatch(task: TaskState, desired: DesiredTask): TaskBody {
  const patch: TaskBody = {};
  if (task.title !== desired.title) patch.title = desired.title;
  if (task.bucketId !== desired.bucketId) patch.bucketId = desired.bucketId;
  const categories = categoryPatch(task, desired.category);
  if (categories) patch.appliedCategories = categories;
  const assignments = assignmentPatch(task, desired.assigneeId);
  if (assignments) patch.assignments = assignments;
  if (task.dueDate !== desired.dueDate) {
    patch.dueDateTime = desired.dueDate ? toPlannerDateTime(desired.dueDate) : null;
  }
  return patch;
}

/** Looks up a person by Entra id; the sync falls back to the bare id when no member matches. */
export type PersonLookup = (id: string) => Person | undefined;

function pulledOwner(action: Action, task: TaskState, people: PersonLookup): Person | undefined {
  if (action.owner && task.assigneeIds.includes(action.owner.id)) return action.owner;
  const first = [...task.assigneeIds].sort()[0];
  if (!first) return undefined;
  return people(first) ?? { id: first, userPrincipalName: '', displayName: '' };
}

/**
 * Returns the action with Planner's completion, assignee and due date. A Won't-have action keeps
 * its owner and has no due date, because its task is unassigned and undated on purpose.
 */
export function applyPlanner(action: Action, task: TaskState, people: PersonLookup): Action {
  const next: Action = {
    ...action,
    percentComplete: task.percentComplete,
    status: task.percentComplete >= 100 ? 'done' : 'open',
    plannerTaskId: task.id,
    plannerTaskEtag: task.etag,
    plannerTaskDeleted: false,
  };
  if (action.moscow !== 'wont') {
    next.owner = pulledOwner(action, task, people);
    next.dueDate = task.dueDate;
  }
  return next;
}

/** True when Planner changed the task since the app last wrote or read it. */
export function plannerChanged(action: Action, task: TaskState): boolean {
  return action.plannerTaskEtag !== task.etag;
}

function sameSyncedValues(a: Action, b: Action): boolean {
  return (
    a.percentComplete === b.percentComplete &&
    a.status === b.status &&
    a.owner?.id === b.owner?.id &&
    a.dueDate === b.dueDate &&
    a.plannerTaskDeleted === b.plannerTaskDeleted
  );
}

/** Decides what a pull does to one action: take Planner's values, mark it deleted, or nothing. */
export function decidePull(
  action: Action,
  task: TaskState | undefined,
  people: PersonLookup,
): PullDecision {
  if (!action.plannerTaskId) return { kind: 'unchanged', action };
  if (!task) {
    if (action.plannerTaskDeleted) return { kind: 'unchanged', action };
    return { kind: 'deleted', action: { ...action, plannerTaskDeleted: true } };
  }
  if (!plannerChanged(action, task)) return { kind: 'unchanged', action };
  const next = applyPlanner(action, task, people);
  return sameSyncedValues(action, next)
    ? { kind: 'unchanged', action: next }
    : { kind: 'changed', action: next };
}

/** Options of {@link decidePush}. */
export interface PushOptions {
  /** True when the user asked to create again a task that was deleted in Planner. */
  recreate: boolean;
  people: PersonLookup;
}

/**
 * Decides what a push does for one action. A task deleted in Planner is not created again unless
 * asked. When Planner changed the task, its completion, assignee and due date are taken first, so
 * the push corrects only title, bucket and label.
 */
export function decidePush(
  action: Action,
  task: TaskState | undefined,
  buckets: BucketIds,
  options: PushOptions,
): PushDecision {
  if (!task) {
    const wasPushed = Boolean(action.plannerTaskId) || action.plannerTaskDeleted === true;
    if (wasPushed && !options.recreate) {
      return { kind: 'skipDeleted', action: { ...action, plannerTaskDeleted: true } };
    }
    const fresh: Action = { ...action, plannerTaskId: undefined, plannerTaskEtag: undefined };
    return {
      kind: 'create',
      action: fresh,
      body: createBody(desiredTask(fresh, buckets), action.percentComplete),
    };
  }
  const merged = plannerChanged(action, task) ? applyPlanner(action, task, options.people) : action;
  const patch = taskPatch(task, desiredTask(merged, buckets));
  if (Object.keys(patch).length === 0) return { kind: 'unchanged', action: merged };
  return { kind: 'update', action: merged, patch };
}

/**
 * True when a push would change the task: the app holds a change that Planner does not have yet.
 * Values that Planner changed since the last read do not count, because a pull takes them over.
 */
export function awaitsPush(
  action: Action,
  task: TaskState | undefined,
  buckets: BucketIds,
  people: PersonLookup,
): boolean {
  if (!action.plannerTaskId || action.plannerTaskDeleted || !task) return false;
  return decidePush(action, task, buckets, { recreate: false, people }).kind === 'update';
}

const CLASS_AS_BUCKET: BucketIds = { must: 'must', should: 'should', could: 'could', wont: 'wont' };

/** True when an edit changed what the action's Planner task should show, so a push is due. */
export function taskFieldsChanged(before: Action, after: Action): boolean {
  const a = desiredTask(before, CLASS_AS_BUCKET);
  const b = desiredTask(after, CLASS_AS_BUCKET);
  return (
    a.title !== b.title ||
    a.bucketId !== b.bucketId ||
    a.assigneeId !== b.assigneeId ||
    a.dueDate !== b.dueDate ||
    a.category !== b.category
  );
}
