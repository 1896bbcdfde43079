import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUP_ID, RISK_CHANNEL_ID } from '../../../src/local-m365/seed';
import { SITE, freshStandIn } from './helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/graph');
/** Objects keyed by ids (users, checklist items, URLs): their keys differ, their values share a shape. */
const OPEN_MAPS = new Set(['assignments', 'checklist', 'references', 'sharedWith']);

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** Lists where `actual` lacks a key of `expected` or has another JSON type; null matches any type. */
function shapeDifferences(expected: unknown, actual: unknown, path = '$'): string[] {
  if (expected === null) return [];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    return expected.length && actual.length
      ? shapeDifferences(expected[0], actual[0], `${path}[0]`)
      : [];
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: expected an object`];
    const actualRecord = actual as Record<string, unknown>;
    return Object.entries(expected as Record<string, unknown>).flatMap(([key, value]) => {
      if (OPEN_MAPS.has(key)) {
        const first = Object.values((value ?? {}) as object)[0];
        const actualFirst = Object.values((actualRecord[key] ?? {}) as object)[0];
        return first === undefined || actualFirst === undefined
          ? []
          : shapeDifferences(first, actualFirst, `${path}.${key}.*`);
      }
      if (!(key in actualRecord)) return [`${path}.${key}: missing`];
      return shapeDifferences(value, actualRecord[key], `${path}.${key}`);
    });
  }
  return typeof expected === typeof actual
    ? []
    : [`${path}: expected ${typeof expected}, got ${typeof actual}`];
}

async function director() {
  const standIn = freshStandIn();
  const token = await standIn.token('griet.vermeulen@zonnedorp.example');
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const response = await standIn.call(token, method, path, body, headers);
    return {
      status: response.status,
      body: (response.status === 204 ? {} : await response.json()) as Record<string, unknown>,
    };
  };
  return { ...standIn, send };
}

async function withPlanAndTask() {
  const { send } = await director();
  const plan = await send('POST', '/planner/plans', fixture('planner-plan-create.request.json'));
  const planId = plan.body.id as string;
  const bucket = await send('POST', '/planner/buckets', {
    ...fixture('planner-bucket-create.request.json'),
    planId,
  });
  const task = await send('POST', '/planner/tasks', {
    ...fixture('planner-task-create.request.json'),
    planId,
    bucketId: bucket.body.id,
  });
  return { send, plan, bucket, task };
}

describe('answers shaped like the documented examples', () => {
  it('site', async () => {
    const { send } = await director();
    const site = await send('GET', `/groups/${GROUP_ID}/sites/root`);
    expect(site.status).toBe(200);
    expect(shapeDifferences(fixture('site-get.response.json'), site.body)).toEqual([]);
  });

  it('list, items and fields', async () => {
    const { send } = await director();
    const list = await send(
      'POST',
      `${SITE}/lists`,
      fixture('sharepoint-list-create.request.json'),
    );
    expect(list.status).toBe(201);
    expect(shapeDifferences(fixture('sharepoint-list-create.response.json'), list.body)).toEqual(
      [],
    );

    const items = `${SITE}/lists/${String(list.body.id)}/items`;
    const item = await send('POST', items, fixture('sharepoint-listitem-create.request.json'));
    expect(item.status).toBe(201);
    expect(
      shapeDifferences(fixture('sharepoint-listitem-create.response.json'), item.body),
    ).toEqual([]);

    const listed = await send('GET', `${items}?expand=fields(select=Title,RiskKey,Score)`);
    expect(
      shapeDifferences(fixture('sharepoint-listitems-list.response.json'), listed.body),
    ).toEqual([]);

    const updated = await send(
      'PATCH',
      `${items}/1/fields`,
      fixture('sharepoint-listitem-fields-update.request.json'),
    );
    expect(updated.status).toBe(200);
    expect(
      shapeDifferences(fixture('sharepoint-listitem-fields-update.response.json'), updated.body),
    ).toEqual([]);
  });

  it('batch and errors', async () => {
    const { send } = await director();
    const batch = await send('POST', '/$batch', fixture('graph-batch.request.json'));
    expect(batch.status).toBe(200);
    expect(shapeDifferences(fixture('graph-batch.response.json'), batch.body)).toEqual([]);

    const missing = await send('GET', `${SITE}/lists/Onbestaand`);
    expect(missing.status).toBe(404);
    expect(shapeDifferences(fixture('graph-error.example.json'), missing.body)).toEqual([]);
  });

  it('throttling', async () => {
    const { send, state } = await director();
    state.faults.configure({ action: 'throttle', count: 1 });
    const throttled = await send('GET', '/me');
    expect(throttled.status).toBe(429);
    expect(shapeDifferences(fixture('graph-throttled-429.response.json'), throttled.body)).toEqual(
      [],
    );
  });

  it('planner plan, bucket and task', async () => {
    const { plan, bucket, task, send } = await withPlanAndTask();
    expect(shapeDifferences(fixture('planner-plan-create.response.json'), plan.body)).toEqual([]);
    expect(shapeDifferences(fixture('planner-bucket-create.response.json'), bucket.body)).toEqual(
      [],
    );
    expect(shapeDifferences(fixture('planner-task-create.response.json'), task.body)).toEqual([]);

    const missingIfMatch = await send(
      'PATCH',
      `/planner/tasks/${String(task.body.id)}`,
      fixture('planner-task-update.request.json'),
    );
    expect(missingIfMatch.status).toBe(412);
    expect(
      shapeDifferences(
        fixture('planner-error-if-match-missing.response.json'),
        missingIfMatch.body,
      ),
    ).toEqual([]);

    const updated = await send(
      'PATCH',
      `/planner/tasks/${String(task.body.id)}`,
      fixture('planner-task-update.request.json'),
      {
        'if-match': String(task.body['@odata.etag']),
        prefer: 'return=representation',
      },
    );
    expect(updated.status).toBe(200);
    expect(shapeDifferences(fixture('planner-task-create.response.json'), updated.body)).toEqual(
      [],
    );
  });

  it('planner details', async () => {
    const { plan, task, send } = await withPlanAndTask();
    const planDetails = await send('GET', `/planner/plans/${String(plan.body.id)}/details`);
    const patchedPlan = await send(
      'PATCH',
      `/planner/plans/${String(plan.body.id)}/details`,
      fixture('planner-plandetails-update.request.json'),
      {
        'if-match': String(planDetails.body['@odata.etag']),
        prefer: 'return=representation',
      },
    );
    expect(patchedPlan.status).toBe(200);
    expect(
      shapeDifferences(fixture('planner-plandetails-update.response.json'), patchedPlan.body),
    ).toEqual([]);

    const taskDetails = await send('GET', `/planner/tasks/${String(task.body.id)}/details`);
    const patchedTask = await send(
      'PATCH',
      `/planner/tasks/${String(task.body.id)}/details`,
      fixture('planner-taskdetails-update.request.json'),
      {
        'if-match': String(taskDetails.body['@odata.etag']),
        prefer: 'return=representation',
      },
    );
    expect(patchedTask.status).toBe(200);
    expect(
      shapeDifferences(fixture('planner-taskdetails-update.response.json'), patchedTask.body),
    ).toEqual([]);
  });

  it('channel message with a mention', async () => {
    const { send } = await director();
    const posted = await send(
      'POST',
      `/teams/${GROUP_ID}/channels/${RISK_CHANNEL_ID}/messages`,
      fixture('teams-channel-message-post-mention.request.json'),
    );
    expect(posted.status).toBe(201);
    expect(
      shapeDifferences(fixture('teams-channel-message-post-mention.response.json'), posted.body),
    ).toEqual([]);
  });

  it('detects a missing key', () => {
    expect(shapeDifferences({ id: 'x', eTag: 'y' }, { id: 'x' })).toEqual(['$.eTag: missing']);
    expect(shapeDifferences({ id: 'x' }, { id: 1 })).toEqual(['$.id: expected string, got number']);
  });
});
