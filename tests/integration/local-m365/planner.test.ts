import { describe, expect, it } from 'vitest';
import { GROUP_ID, USER_IDS } from '../../../src/local-m365/seed';
import { freshStandIn } from './helpers';

const DIRECTOR = 'griet.vermeulen@zonnedorp.example';
const ASSIGNMENT = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };

type Resource = Record<string, unknown> & { id: string; '@odata.etag': string };

async function withPlan() {
  const standIn = freshStandIn();
  const token = await standIn.token(DIRECTOR);
  const json = async (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const response = await standIn.call(token, method, path, body, headers);
    return {
      status: response.status,
      body: response.status === 204 ? undefined : ((await response.json()) as Resource),
    };
  };
  const plan = await json('POST', '/planner/plans', {
    container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}` },
    title: 'Actieplan ICT-risico’s',
  });
  expect(plan.status).toBe(201);
  const planId = plan.body?.id as string;
  const bucket = await json('POST', '/planner/buckets', { name: 'Must', planId, orderHint: ' !' });
  const task = await json('POST', '/planner/tasks', {
    planId,
    bucketId: bucket.body?.id,
    title: 'Back-ups offline bewaren',
    assignments: { [USER_IDS.ictOfficer]: ASSIGNMENT },
  });
  expect(task.status).toBe(201);
  return {
    ...standIn,
    json,
    planId,
    bucket: bucket.body as Resource,
    task: task.body as Resource,
  };
}

describe('planner plans and buckets', () => {
  it('creates a plan for a group the caller belongs to', async () => {
    const { json, planId } = await withPlan();
    const plan = await json('GET', `/planner/plans/${planId}`);
    expect(plan.status).toBe(200);
    expect(plan.body?.id).toHaveLength(28);
    expect((plan.body?.container as { containerId: string }).containerId).toBe(GROUP_ID);
    const plans = await json('GET', `/groups/${GROUP_ID}/planner/plans`);
    expect((plans.body?.value as unknown[]).length).toBe(1);
  });

  it('rejects a plan from a user outside the group', async () => {
    const standIn = freshStandIn();
    const outsider = await standIn.token('lotte.goossens@zonnedorp.example');
    const response = await standIn.call(outsider, 'POST', '/planner/plans', {
      container: { containerId: GROUP_ID, type: 'group' },
      title: 'x',
    });
    expect(response.status).toBe(403);
  });

  it('orders buckets after the previous hint', async () => {
    const { json, planId, bucket } = await withPlan();
    const should = await json('POST', '/planner/buckets', {
      name: 'Should',
      planId,
      orderHint: `${String(bucket.orderHint)} !`,
    });
    expect(should.status).toBe(201);
    expect(String(should.body?.orderHint) > String(bucket.orderHint)).toBe(true);
  });

  it('rejects a service order hint sent back as is', async () => {
    const { json, planId, bucket } = await withPlan();
    const response = await json('POST', '/planner/buckets', {
      name: 'Could',
      planId,
      orderHint: bucket.orderHint,
    });
    expect(response.status).toBe(400);
  });

  it('names labels in plan details with If-Match', async () => {
    const { json, planId } = await withPlan();
    const details = await json('GET', `/planner/plans/${planId}/details`);
    const descriptions = details.body?.categoryDescriptions as Record<string, unknown>;
    expect(Object.keys(descriptions)).toHaveLength(25);
    const patched = await json(
      'PATCH',
      `/planner/plans/${planId}/details`,
      { categoryDescriptions: { category1: 'Must' } },
      {
        'if-match': details.body?.['@odata.etag'] as string,
        prefer: 'return=representation',
      },
    );
    expect(patched.status).toBe(200);
    expect((patched.body?.categoryDescriptions as Record<string, unknown>).category1).toBe('Must');
  });
});

describe('planner access', () => {
  it('denies a plan to a user outside the group', async () => {
    const { planId, call, token } = await withPlan();
    const outsider = await token('lotte.goossens@zonnedorp.example');
    expect((await call(outsider, 'GET', `/planner/plans/${planId}`)).status).toBe(403);
  });

  it('lets the guest in the team complete a task', async () => {
    const { task, call, token } = await withPlan();
    const guest = await token('pieter.desmet_ictpartner.example#EXT#@zonnedorp.example');
    const response = await call(
      guest,
      'PATCH',
      `/planner/tasks/${task.id}`,
      { percentComplete: 100 },
      {
        'if-match': task['@odata.etag'],
      },
    );
    expect(response.status).toBe(204);
  });
});

describe('planner task ETags', () => {
  it('rejects a PATCH without If-Match with 412', async () => {
    const { json, task } = await withPlan();
    const response = await json('PATCH', `/planner/tasks/${task.id}`, { percentComplete: 50 });
    expect(response.status).toBe(412);
    const error = (response.body as unknown as { error: { code: string; message: string } }).error;
    expect(error.message).toBe('The If-Match header must be specified for this kind of request.');
    expect(error.code).toBe('');
  });

  it('rejects a malformed If-Match with 400', async () => {
    const { json, task } = await withPlan();
    const response = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { percentComplete: 50 },
      { 'if-match': 'not-an-etag' },
    );
    expect(response.status).toBe(400);
  });

  it('answers 204, or 200 with the task when asked', async () => {
    const { json, task } = await withPlan();
    const plain = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { priority: 1 },
      { 'if-match': task['@odata.etag'] },
    );
    expect(plain.status).toBe(204);
    const current = await json('GET', `/planner/tasks/${task.id}`);
    const represented = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { priority: 3 },
      {
        'if-match': current.body?.['@odata.etag'] as string,
        prefer: 'return=representation',
      },
    );
    expect(represented.status).toBe(200);
    expect(represented.body?.priority).toBe(3);
  });

  it('accepts a stale ETag when the change does not conflict', async () => {
    const { json, task } = await withPlan();
    const stale = task['@odata.etag'];
    expect(
      (await json('PATCH', `/planner/tasks/${task.id}`, { priority: 1 }, { 'if-match': stale }))
        .status,
    ).toBe(204);
    const compatible = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { percentComplete: 100 },
      { 'if-match': stale },
    );
    expect(compatible.status).toBe(204);
    const current = await json('GET', `/planner/tasks/${task.id}`);
    expect(current.body?.priority).toBe(1);
    expect(current.body?.percentComplete).toBe(100);
    expect(current.body?.completedDateTime).toBe('2026-12-04T09:00:00.000Z');
    expect((current.body?.completedBy as { user: { id: string } }).user.id).toBe(USER_IDS.director);
  });

  it('rejects a stale ETag that conflicts with 409', async () => {
    const { json, task } = await withPlan();
    const stale = task['@odata.etag'];
    expect(
      (await json('PATCH', `/planner/tasks/${task.id}`, { title: 'Eerste' }, { 'if-match': stale }))
        .status,
    ).toBe(204);
    const conflicting = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { title: 'Tweede' },
      { 'if-match': stale },
    );
    expect(conflicting.status).toBe(409);
  });

  it('rejects an ETag of another resource with 412', async () => {
    const { json, task, bucket } = await withPlan();
    const response = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { title: 'x' },
      { 'if-match': bucket['@odata.etag'] },
    );
    expect(response.status).toBe(412);
  });

  it('requires If-Match to delete', async () => {
    const { json, task } = await withPlan();
    expect((await json('DELETE', `/planner/tasks/${task.id}`)).status).toBe(412);
    expect(
      (
        await json('DELETE', `/planner/tasks/${task.id}`, undefined, {
          'if-match': task['@odata.etag'],
        })
      ).status,
    ).toBe(204);
    expect((await json('GET', `/planner/tasks/${task.id}`)).status).toBe(404);
  });
});

describe('planner task fields', () => {
  it('stores assignments keyed by user id', async () => {
    const { task } = await withPlan();
    const assignment = (task.assignments as Record<string, Record<string, unknown>>)[
      USER_IDS.ictOfficer
    ];
    expect(assignment?.['@odata.type']).toBe('#microsoft.graph.plannerAssignment');
    expect(assignment?.orderHint).not.toBe(' !');
  });

  it.each([
    ['missing type', { orderHint: ' !' }],
    ['missing order hint', { '@odata.type': '#microsoft.graph.plannerAssignment' }],
    ['a string', 'yes'],
  ])('rejects an assignment with %s', async (_case, value) => {
    const { json, planId } = await withPlan();
    const response = await json('POST', '/planner/tasks', {
      planId,
      title: 'x',
      assignments: { [USER_IDS.dpo]: value },
    });
    expect(response.status).toBe(400);
  });

  it('unassigns a user with null', async () => {
    const { json, task } = await withPlan();
    const response = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { assignments: { [USER_IDS.ictOfficer]: null } },
      {
        'if-match': task['@odata.etag'],
        prefer: 'return=representation',
      },
    );
    expect(response.status).toBe(200);
    expect(response.body?.assignments).toEqual({});
  });

  it('rejects a title over 255 characters', async () => {
    const { json, planId } = await withPlan();
    expect((await json('POST', '/planner/tasks', { planId, title: 'x'.repeat(255) })).status).toBe(
      201,
    );
    expect((await json('POST', '/planner/tasks', { planId, title: 'x'.repeat(256) })).status).toBe(
      400,
    );
  });

  it('applies and removes labels', async () => {
    const { json, task } = await withPlan();
    const first = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { appliedCategories: { category1: true, category3: true } },
      {
        'if-match': task['@odata.etag'],
        prefer: 'return=representation',
      },
    );
    const second = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { appliedCategories: { category3: false } },
      {
        'if-match': first.body?.['@odata.etag'] as string,
        prefer: 'return=representation',
      },
    );
    expect(second.body?.appliedCategories).toEqual({ category1: true });
    const invalid = await json(
      'PATCH',
      `/planner/tasks/${task.id}`,
      { appliedCategories: { category26: true } },
      { 'if-match': '*' },
    );
    expect(invalid.status).toBe(400);
  });

  it('lists plan tasks and the assignee own tasks', async () => {
    const { json, planId, ...standIn } = await withPlan();
    const planTasks = await json('GET', `/planner/plans/${planId}/tasks`);
    expect((planTasks.body?.value as unknown[]).length).toBe(1);
    const assignee = await standIn.token('koen.maes@zonnedorp.example');
    const mine = await standIn.call(assignee, 'GET', '/me/planner/tasks');
    expect(((await mine.json()) as { value: unknown[] }).value).toHaveLength(1);
  });

  it('keeps task details under their own ETag', async () => {
    const { json, task } = await withPlan();
    const details = await json('GET', `/planner/tasks/${task.id}/details`);
    expect(details.body?.['@odata.etag']).not.toBe(task['@odata.etag']);
    const patched = await json(
      'PATCH',
      `/planner/tasks/${task.id}/details`,
      {
        description: 'Zie risicoregister',
        checklist: {
          'a1b2c3d4-0000-4000-8000-000000000001': {
            '@odata.type': 'microsoft.graph.plannerChecklistItem',
            title: 'Test herstel',
          },
        },
      },
      { 'if-match': details.body?.['@odata.etag'] as string },
    );
    expect(patched.status).toBe(204);
    const updatedTask = await json('GET', `/planner/tasks/${task.id}`);
    expect(updatedTask.body?.hasDescription).toBe(true);
    expect(updatedTask.body?.checklistItemCount).toBe(1);
  });
});
