/** The signed-in user's Planner tasks in the plans the app made, for the personal tab. */
import type { GraphApi } from './api';

/** A Planner task as the personal tab shows it. */
export interface MyTask {
  id: string;
  planId: string;
  title: string;
  /** Due date as `YYYY-MM-DD`, when set. */
  dueDate?: string;
  percentComplete: number;
}

interface PlannerTaskResource {
  id: string;
  planId: string;
  title: string;
  dueDateTime?: string | null;
  percentComplete?: number;
}

/** Reads `GET /me/planner/tasks` and keeps the tasks of the given plans. */
export async function readMyTasks(api: GraphApi, planIds: readonly string[]): Promise<MyTask[]> {
  const plans = new Set(planIds);
  const tasks = await api.pages<PlannerTaskResource>(
    '/me/planner/tasks?$select=id,planId,title,dueDateTime,percentComplete',
  );
  return tasks
    .filter((task) => plans.has(task.planId))
    .map((task) => ({
      id: task.id,
      planId: task.planId,
      title: task.title,
      dueDate: task.dueDateTime ? task.dueDateTime.slice(0, 10) : undefined,
      percentComplete: task.percentComplete ?? 0,
    }));
}

/**
 * Returns the web URL that opens a task in Planner on the web.
 * NOTE: the `tasks.office.com/{tenant}/Home/Task/{id}` form is how Planner's own links look; Graph
 * documents no task URL, so this may change.
 */
export function plannerTaskUrl(tenantId: string, taskId: string): string {
  return `https://tasks.office.com/${encodeURIComponent(tenantId)}/Home/Task/${encodeURIComponent(taskId)}`;
}
