/** The batched writes of a push: create tasks, patch tasks, write descriptions, link actions. */
import type { Action } from '../domain/model';
import { describeTask } from '../domain/plannerMatch';
import type { TaskState } from '../domain/plannerSync';
import type { GraphApi } from './api';
import { errorFromBatchResponse, GraphRequestError } from './errors';
import type { GraphValidationError } from './validation';
import { isSuccess, type BatchRequest } from './batch';
import {
  patchTask,
  readDetails,
  toTaskState,
  writeDescription,
  type PlannerTask,
  type PlannerTaskDetails,
} from './plannerTasks';

/** An action the push could not bring in line, with the error Graph returned. */
export interface SyncFailure {
  actionKey: string;
  error: GraphRequestError | GraphValidationError;
}

/** Creates tasks in batches of 20; returns the created task per action key. */
export async function createTasks(
  api: GraphApi,
  planId: string,
  creates: { action: Action; body: Record<string, unknown> }[],
  failures: SyncFailure[],
): Promise<Map<string, TaskState>> {
  const requests: BatchRequest[] = creates.map(({ body }) => ({
    method: 'POST',
    url: '/planner/tasks',
    body: { planId, ...body },
  }));
  const results = await api.batch(requests);
  const created = new Map<string, TaskState>();
  results.forEach((result, index) => {
    const key = creates[index]!.action.key;
    if (isSuccess(result)) created.set(key, toTaskState(result.body as PlannerTask));
    else
      failures.push({
        actionKey: key,
        error: errorFromBatchResponse(result.status, result.headers, result.body),
      });
  });
  return created;
}

/** Reads the details of the given tasks in batches; a task whose read fails is left out. */
export async function readAllDetails(
  api: GraphApi,
  taskIds: string[],
): Promise<Map<string, PlannerTaskDetails>> {
  const results = await api.batch(taskIds.map(readDetails));
  const details = new Map<string, PlannerTaskDetails>();
  results.forEach((result, index) => {
    if (isSuccess(result)) details.set(taskIds[index]!, result.body as PlannerTaskDetails);
  });
  return details;
}

/**
 * Writes the description with the action's marker where the task's differs, in batches. Returns
 * the ids of tasks whose description was empty before, because the first description changes
 * the task itself (its `hasDescription`) and so its ETag.
 */
export async function writeDescriptions(
  api: GraphApi,
  links: { action: Action; taskId: string }[],
  details: Map<string, PlannerTaskDetails>,
  failures: SyncFailure[],
): Promise<string[]> {
  const writes = links.flatMap(({ action, taskId }) => {
    const current = details.get(taskId);
    const desired = describeTask(action);
    if (!current || (current.description ?? '') === desired) return [];
    const wasEmpty = !current.description;
    return [
      { key: action.key, taskId, wasEmpty, request: writeDescription(taskId, current, desired) },
    ];
  });
  const results = await api.batch(writes.map((write) => write.request));
  const firstDescriptions: string[] = [];
  results.forEach((result, index) => {
    const write = writes[index]!;
    if (isSuccess(result)) {
      if (write.wasEmpty) firstDescriptions.push(write.taskId);
      return;
    }
    const error = errorFromBatchResponse(result.status, result.headers, result.body);
    failures.push({ actionKey: write.key, error });
  });
  return firstDescriptions;
}

/** Patches tasks in batches; returns the task state after each accepted patch, by action key. */
export async function patchTasks(
  api: GraphApi,
  updates: { action: Action; task: TaskState; patch: Record<string, unknown> }[],
): Promise<{
  patched: Map<string, TaskState | undefined>;
  rejected: Map<string, GraphRequestError>;
}> {
  const results = await api.batch(updates.map(({ task, patch }) => patchTask(task, patch)));
  const patched = new Map<string, TaskState | undefined>();
  const rejected = new Map<string, GraphRequestError>();
  results.forEach((result, index) => {
    const key = updates[index]!.action.key;
    if (!isSuccess(result)) {
      rejected.set(key, errorFromBatchResponse(result.status, result.headers, result.body));
      return;
    }
    // A 204 carries no body, so the new ETag stays unknown until the next read.
    const body = result.body as PlannerTask | undefined;
    patched.set(key, body?.id ? toTaskState(body) : undefined);
  });
  return { patched, rejected };
}

/** Reads tasks again by id in one batch, for a retry after a 409 or 412. */
export async function rereadTasks(
  api: GraphApi,
  taskIds: string[],
): Promise<Map<string, TaskState | undefined>> {
  const results = await api.batch(
    taskIds.map((id) => ({ method: 'GET' as const, url: `/planner/tasks/${id}` })),
  );
  const tasks = new Map<string, TaskState | undefined>();
  results.forEach((result, index) => {
    tasks.set(
      taskIds[index]!,
      isSuccess(result) ? toTaskState(result.body as PlannerTask) : undefined,
    );
  });
  return tasks;
}
