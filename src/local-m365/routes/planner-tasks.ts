/** Planner tasks and task details. */
import type { Hono } from 'hono';
import { SCOPES, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { applyTaskDetailsPatch, emptyTaskDetails } from '../planner-details';
import {
  type PlannerDoc,
  checkPlannerIfMatch,
  createPlannerDoc,
  plannerResource,
  savePlannerVersion,
} from '../planner-etag';
import { type TaskChangeContext, applyTaskPatch, emptyTask } from '../planner-task';
import { pathParam, readJsonObject } from '../odata-query';
import type { GroupDoc } from '../seed';
import { commitPatch, findPlannerDoc, plannerId, plannerNow } from './planner-common';

function changeContext(c: AppContext, state: LocalM365State, planId: string): TaskChangeContext {
  return { state, userId: c.get('user').id, now: plannerNow(state), planId };
}

function createTask(
  c: AppContext,
  state: LocalM365State,
  body: Record<string, unknown>,
): PlannerDoc {
  if (typeof body.planId !== 'string') throw fail.badRequest("The task needs 'planId'.");
  if (body.title === undefined) throw fail.badRequest("The task needs 'title'.");
  const plan = findPlannerDoc(c, state, 'plannerPlan', body.planId);
  const context = changeContext(c, state, plan.id);
  const id = plannerId();
  const input = { ...body };
  delete input.planId;
  const { data } = applyTaskPatch(context, emptyTask(id, context), input);
  createPlannerDoc(state, 'plannerTaskDetails', id, plan.groupId, emptyTaskDetails(id), plan.id);
  return createPlannerDoc(state, 'plannerTask', id, plan.groupId, data, plan.id);
}

/** Keeps the task's counts in step with its details, as Planner does. */
function syncTaskCounts(
  state: LocalM365State,
  taskId: string,
  details: Record<string, unknown>,
): void {
  const task = state.store.get<PlannerDoc>('plannerTask', taskId);
  if (!task) return;
  const checklist = Object.values(details.checklist as Record<string, { isChecked: boolean }>);
  const counts = {
    hasDescription: String(details.description ?? '') !== '',
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((item) => !item.isChecked).length,
    referenceCount: Object.keys(details.references as object).length,
  };
  const changed = Object.entries(counts)
    .filter(([key, value]) => task.data[key] !== value)
    .map(([key]) => key);
  if (changed.length)
    savePlannerVersion(state, { ...task, data: { ...task.data, ...counts } }, changed);
}

function myTasks(c: AppContext, state: LocalM365State): PlannerDoc[] {
  const userId = c.get('user').id;
  return state.store
    .all<PlannerDoc>('plannerTask')
    .filter((task) => userId in (task.data.assignments as object))
    .filter((task) => state.store.get<GroupDoc>('group', task.groupId)?.memberIds.includes(userId));
}

/** Registers the task and task details routes. */
export function registerTaskRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.post('/planner/tasks', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    return c.json(plannerResource(createTask(c, state, await readJsonObject(c))), 201);
  });

  graph.get('/planner/plans/:planId/tasks', (c) => {
    requireScope(c, SCOPES.plannerRead);
    const plan = findPlannerDoc(c, state, 'plannerPlan', pathParam(c, 'planId'));
    return c.json({
      value: state.store.children<PlannerDoc>('plannerTask', plan.id).map(plannerResource),
    });
  });

  graph.get('/me/planner/tasks', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json({ value: myTasks(c, state).map(plannerResource) });
  });

  graph.get('/planner/tasks/:taskId', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json(plannerResource(findPlannerDoc(c, state, 'plannerTask', pathParam(c, 'taskId'))));
  });

  graph.patch('/planner/tasks/:taskId', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    const task = findPlannerDoc(c, state, 'plannerTask', pathParam(c, 'taskId'));
    const body = await readJsonObject(c);
    if (c.req.header('if-match') === undefined) checkPlannerIfMatch(task, undefined, []);
    const patch = applyTaskPatch(
      changeContext(c, state, String(task.data.planId)),
      task.data,
      body,
    );
    return commitPatch(c, state, task, patch);
  });

  graph.delete('/planner/tasks/:taskId', (c) => {
    requireScope(c, SCOPES.plannerWrite);
    const task = findPlannerDoc(c, state, 'plannerTask', pathParam(c, 'taskId'));
    // NOTE: a delete with a stale ETag conflicts with any newer change; Planner documents no finer rule.
    checkPlannerIfMatch(task, c.req.header('if-match'), 'all');
    state.store.remove('plannerTask', task.id);
    state.store.remove('plannerTaskDetails', task.id);
    return c.body(null, 204);
  });

  graph.get('/planner/tasks/:taskId/details', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json(
      plannerResource(findPlannerDoc(c, state, 'plannerTaskDetails', pathParam(c, 'taskId'))),
    );
  });

  graph.patch('/planner/tasks/:taskId/details', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    const details = findPlannerDoc(c, state, 'plannerTaskDetails', pathParam(c, 'taskId'));
    const body = await readJsonObject(c);
    if (c.req.header('if-match') === undefined) checkPlannerIfMatch(details, undefined, []);
    const patch = applyTaskDetailsPatch(details.data, body, c.get('user').id, plannerNow(state));
    const response = commitPatch(c, state, details, patch);
    syncTaskCounts(state, details.id, patch.data);
    return response;
  });
}
