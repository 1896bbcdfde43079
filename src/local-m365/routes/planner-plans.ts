/** Planner plans, plan details and buckets. */
import type { Hono } from 'hono';
import { SCOPES, requireMember, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { hintBetween, resolveOrderHint } from '../order-hint';
import { applyPlanDetailsPatch, emptyPlanDetails } from '../planner-details';
import { type PlannerDoc, createPlannerDoc, plannerResource } from '../planner-etag';
import { checkTitle } from '../planner-fields';
import { pathParam, readJsonObject } from '../odata-query';
import type { GroupDoc } from '../seed';
import { commitPatch, findPlannerDoc, plannerId, plannerNow } from './planner-common';

/** NOTE: the application id that Planner puts in createdBy; the stand-in's own invention. */
const APPLICATION_ID = '3f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';

function containerGroup(state: LocalM365State, body: Record<string, unknown>): GroupDoc {
  const container = body.container as
    { url?: unknown; containerId?: unknown; type?: unknown } | undefined;
  const fromUrl =
    typeof container?.url === 'string'
      ? /\/groups\/([^/?]+)\/?$/.exec(container.url)?.[1]
      : undefined;
  const fromId =
    typeof container?.containerId === 'string' && container.type === 'group'
      ? container.containerId
      : undefined;
  const groupId = fromUrl ?? fromId ?? (typeof body.owner === 'string' ? body.owner : undefined);
  if (!groupId) {
    throw fail.badRequest(
      "The plan needs 'container' with the group's url, or containerId and type 'group'.",
    );
  }
  const group = state.store.get<GroupDoc>('group', groupId);
  if (!group) throw fail.notFound(`Group '${groupId}' was not found.`);
  return group;
}

function createPlan(
  c: AppContext,
  state: LocalM365State,
  body: Record<string, unknown>,
): PlannerDoc {
  const group = containerGroup(state, body);
  requireMember(c, group);
  const id = plannerId();
  const plan = createPlannerDoc(
    state,
    'plannerPlan',
    id,
    group.id,
    {
      createdBy: { application: { id: APPLICATION_ID }, user: { id: c.get('user').id } },
      createdDateTime: plannerNow(state),
      owner: group.id,
      title: checkTitle(body.title),
      id,
      container: {
        '@odata.type': 'microsoft.graph.plannerPlanContainer',
        url: `https://graph.microsoft.com/v1.0/groups/${group.id}`,
        containerId: group.id,
        type: 'group',
      },
    },
    group.id,
  );
  createPlannerDoc(state, 'plannerPlanDetails', id, group.id, emptyPlanDetails(id), id);
  return plan;
}

function createBucket(
  c: AppContext,
  state: LocalM365State,
  body: Record<string, unknown>,
): PlannerDoc {
  if (typeof body.planId !== 'string') throw fail.badRequest("The bucket needs 'planId'.");
  const plan = findPlannerDoc(c, state, 'plannerPlan', body.planId);
  const first = state.store
    .children<PlannerDoc>('plannerBucket', plan.id)
    .map((bucket) => String(bucket.data.orderHint))
    .sort()[0];
  const id = plannerId();
  return createPlannerDoc(
    state,
    'plannerBucket',
    id,
    plan.groupId,
    {
      name: checkTitle(body.name, 'name'),
      planId: plan.id,
      orderHint:
        body.orderHint === undefined
          ? hintBetween('', first ?? '')
          : resolveOrderHint(body.orderHint),
      id,
    },
    plan.id,
  );
}

/** Registers the plan, plan details and bucket routes. */
export function registerPlanRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.post('/planner/plans', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    return c.json(plannerResource(createPlan(c, state, await readJsonObject(c))), 201);
  });

  graph.get('/groups/:groupId/planner/plans', (c) => {
    requireScope(c, SCOPES.plannerRead);
    const group = state.store.get<GroupDoc>('group', pathParam(c, 'groupId'));
    if (!group) throw fail.notFound(`Group '${pathParam(c, 'groupId')}' was not found.`);
    requireMember(c, group);
    const plans = state.store.children<PlannerDoc>('plannerPlan', group.id);
    return c.json({ value: plans.map(plannerResource) });
  });

  graph.get('/planner/plans/:planId', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json(plannerResource(findPlannerDoc(c, state, 'plannerPlan', pathParam(c, 'planId'))));
  });

  graph.patch('/planner/plans/:planId', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    const plan = findPlannerDoc(c, state, 'plannerPlan', pathParam(c, 'planId'));
    const body = await readJsonObject(c);
    const unknown = Object.keys(body).find((key) => key !== 'title');
    if (unknown) throw fail.badRequest(`The property '${unknown}' cannot be set on a plannerPlan.`);
    const data =
      body.title === undefined ? plan.data : { ...plan.data, title: checkTitle(body.title) };
    return commitPatch(c, state, plan, {
      data,
      changed: body.title === undefined ? [] : ['title'],
    });
  });

  graph.get('/planner/plans/:planId/details', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json(
      plannerResource(findPlannerDoc(c, state, 'plannerPlanDetails', pathParam(c, 'planId'))),
    );
  });

  graph.patch('/planner/plans/:planId/details', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    const details = findPlannerDoc(c, state, 'plannerPlanDetails', pathParam(c, 'planId'));
    return commitPatch(
      c,
      state,
      details,
      applyPlanDetailsPatch(details.data, await readJsonObject(c)),
    );
  });

  graph.post('/planner/buckets', async (c) => {
    requireScope(c, SCOPES.plannerWrite);
    return c.json(plannerResource(createBucket(c, state, await readJsonObject(c))), 201);
  });

  graph.get('/planner/plans/:planId/buckets', (c) => {
    requireScope(c, SCOPES.plannerRead);
    const plan = findPlannerDoc(c, state, 'plannerPlan', pathParam(c, 'planId'));
    return c.json({
      value: state.store.children<PlannerDoc>('plannerBucket', plan.id).map(plannerResource),
    });
  });

  graph.get('/planner/buckets/:bucketId', (c) => {
    requireScope(c, SCOPES.plannerRead);
    return c.json(
      plannerResource(findPlannerDoc(c, state, 'plannerBucket', pathParam(c, 'bucketId'))),
    );
  });
}
