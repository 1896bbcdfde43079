/** Planner tasks and task details as Graph returns them, and the requests that write them. */
import { fromPlannerDateTime } from '../domain/dates';
import type { TaskState } from '../domain/plannerSync';
import type { BatchRequest } from './batch';

/** A task as `GET /planner/plans/{id}/tasks` returns it. */
export interface PlannerTask {
  id: string;
  '@odata.etag': string;
  title: string;
  bucketId: string;
  percentComplete?: number;
  dueDateTime?: string | null;
  assignments?: Record<string, unknown>;
  appliedCategories?: Record<string, boolean>;
}

/** Task details: the description lives here, under its own ETag. */
export interface PlannerTaskDetails {
  id: string;
  '@odata.etag': string;
  description?: string | null;
}

/** Reduces a Graph task to what the sync compares. */
export function toTaskState(task: PlannerTask): TaskState {
  return {
    id: task.id,
    etag: task['@odata.etag'],
    title: task.title,
    bucketId: task.bucketId,
    assigneeIds: Object.entries(task.assignments ?? {})
      .filter(([, value]) => value !== null)
      .map(([id]) => id),
    dueDate: fromPlannerDateTime(task.dueDateTime),
    percentComplete: task.percentComplete ?? 0,
    categories: Object.entries(task.appliedCategories ?? {})
      .filter(([, applied]) => applied)
      .map(([category]) => category),
  };
}

/** Returns a batch request that reads a task's details. */
export function readDetails(taskId: string): BatchRequest {
  return { method: 'GET', url: `/planner/tasks/${taskId}/details` };
}

/** Returns a batch request that sets a task's description, with If-Match on the details ETag. */
export function writeDescription(
  taskId: string,
  details: PlannerTaskDetails,
  description: string,
): BatchRequest {
  return {
    method: 'PATCH',
    url: `/planner/tasks/${taskId}/details`,
    headers: { 'If-Match': details['@odata.etag'] },
    body: { description, previewType: 'description' },
  };
}

/** Returns a batch request that patches a task and asks for the task back, for its new ETag. */
export function patchTask(task: TaskState, patch: Record<string, unknown>): BatchRequest {
  return {
    method: 'PATCH',
    url: `/planner/tasks/${task.id}`,
    headers: { 'If-Match': task.etag, Prefer: 'return=representation' },
    body: patch,
  };
}
