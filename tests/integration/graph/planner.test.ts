import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { riskDomains } from '../../../src/content/domains';
import type { Action, Person } from '../../../src/domain/model';
import type { GraphApi } from '../../../src/graph/api';
import type { RisicoradarStore } from '../../../src/graph/store';
import { DEMO_USERS, GROUP_ID, startStandIn, upnOf, USER_IDS, type StandIn } from './standIn';

interface Task {
  id: string;
  '@odata.etag': string;
  title: string;
  bucketId: string;
  percentComplete: number;
  dueDateTime?: string | null;
  assignments: Record<string, unknown>;
  appliedCategories: Record<string, boolean>;
}

let standIn: StandIn;
let store: RisicoradarStore;
let api: GraphApi;
let counter = 0;

function person(id: string): Person {
  const user = DEMO_USERS.find((candidate) => candidate.id === id)!;
  return { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName };
}

const KOEN = person(USER_IDS.ictOfficer);
const SOFIE = person(USER_IDS.dpo);

beforeAll(async () => {
  standIn = await startStandIn();
  store = standIn.session().openStore({ groupId: GROUP_ID });
  api = standIn.graphApi().api;
  await store.provision();
});

afterAll(async () => {
  await standIn?.close();
});

beforeEach(async () => {
  await standIn.control('DELETE', '/faults');
});

async function newActions(count: number, overrides: Partial<Action> = {}): Promise<Action[]> {
  const created: Action[] = [];
  for (let index = 0; index < count; index += 1) {
    counter += 1;
    created.push(
      await store.actions.create({
        key: `action-${counter}`,
        title: `Actie ${counter}`,
        description: `Beschrijving van actie ${counter}`,
        domain: 'd4',
        moscow: 'must',
        owner: KOEN,
        dueDate: '2027-03-28',
        status: 'open',
        percentComplete: 0,
        ...overrides,
      }),
    );
  }
  return created;
}

async function planTasks(): Promise<Task[]> {
  const settings = await store.settings.get();
  return api.pages<Task>(`/planner/plans/${settings!.plannerPlanId}/tasks`);
}

function tasksTitled(tasks: Task[], title: string): Task[] {
  return tasks.filter((task) => task.title === title);
}

describe('Planner push', () => {
  it('creates the plan, buckets, labels and tasks', async () => {
    const actions = await newActions(3);

    const result = await store.planner.push(actions);

    expect(result.created).toBe(3);
    expect(result.failures).toEqual([]);
    const settings = await store.settings.get();
    expect(settings?.plannerPlanId).toBe(result.planId);
    const buckets = await api.pages<{ name: string; orderHint: string }>(
      `/planner/plans/${result.planId}/buckets`,
    );
    const ordered = [...buckets].sort((a, b) => (a.orderHint < b.orderHint ? -1 : 1));
    expect(ordered.map((bucket) => bucket.name)).toEqual([
      'Must have (moet)',
      'Should have (zou moeten)',
      'Could have (kan)',
      'Won’t have (nu niet)',
    ]);
    const details = await api.get<{ categoryDescriptions: Record<string, string> }>(
      `/planner/plans/${result.planId}/details`,
    );
    for (const domain of riskDomains) {
      expect(details.categoryDescriptions[`category${domain.number}`]).toBe(domain.name.nl);
    }
  });

  it('assigns, dates, labels and describes a task', async () => {
    const [action] = await newActions(1);

    const result = await store.planner.push([action!]);

    const pushed = result.actions[0]!;
    expect(pushed.plannerTaskId).toBeTruthy();
    const task = await api.get<Task>(`/planner/tasks/${pushed.plannerTaskId}`);
    expect(Object.keys(task.assignments)).toEqual([KOEN.id]);
    expect(task.dueDateTime?.slice(0, 10)).toBe('2027-03-28');
    expect(task.appliedCategories).toEqual({ category4: true });
    const details = await api.get<{ description: string }>(
      `/planner/tasks/${pushed.plannerTaskId}/details`,
    );
    expect(details.description).toBe(
      `${action!.description}\n\n[Risicoradar-actie: ${action!.key}]`,
    );
    const stored = (await store.actions.list()).find((item) => item.key === action!.key);
    expect(stored?.plannerTaskId).toBe(pushed.plannerTaskId);
  });

  it('leaves one task per action after a second push', async () => {
    const actions = await newActions(2);
    await store.planner.push(actions);
    const listed = (await store.actions.list()).filter((item) =>
      actions.some((action) => action.key === item.key),
    );

    const second = await store.planner.push(listed);

    expect(second.created).toBe(0);
    expect(second.unchanged).toBe(2);
    const tasks = await planTasks();
    for (const action of actions) expect(tasksTitled(tasks, action.title)).toHaveLength(1);
  });

  it('sends an owner change made in the app', async () => {
    const [action] = await newActions(1);
    const first = (await store.planner.push([action!])).actions[0]!;

    const second = await store.planner.push([{ ...first, owner: SOFIE, dueDate: '2027-04-30' }]);

    expect(second.updated).toBe(1);
    const task = await api.get<Task>(`/planner/tasks/${first.plannerTaskId}`);
    expect(Object.keys(task.assignments)).toEqual([SOFIE.id]);
    expect(task.dueDateTime?.slice(0, 10)).toBe('2027-04-30');
    expect(second.actions[0]!.owner).toEqual(SOFIE);
  });

  it('creates nothing twice after a dropped create', async () => {
    const actions = await newActions(3);
    await standIn.control('POST', '/faults', {
      action: 'drop',
      count: 1,
      method: 'POST',
      url: '^/planner/tasks$',
    });

    await expect(store.planner.push(actions)).rejects.toMatchObject({ kind: 'network' });
    const again = await store.planner.push(actions);

    expect(again.failures).toEqual([]);
    const tasks = await planTasks();
    for (const action of actions) expect(tasksTitled(tasks, action.title)).toHaveLength(1);
    for (const action of again.actions) expect(action.plannerTaskId).toBeTruthy();
  });

  it('finishes a push that failed half-way', async () => {
    const actions = await newActions(2);
    await standIn.control('POST', '/faults', {
      action: 'drop',
      count: 1,
      method: 'PATCH',
      url: '^/planner/tasks/[^/]+/details$',
    });

    await expect(store.planner.push(actions)).rejects.toMatchObject({ kind: 'network' });
    const again = await store.planner.push(actions);

    expect(again.created).toBe(0);
    expect(again.failures).toEqual([]);
    const tasks = await planTasks();
    for (const action of again.actions) {
      expect(tasksTitled(tasks, action.title)).toHaveLength(1);
      const details = await api.get<{ description: string }>(
        `/planner/tasks/${action.plannerTaskId}/details`,
      );
      expect(details.description).toContain(`[Risicoradar-actie: ${action.key}]`);
    }
  });

  it('accepts a repeated link after a lost write-back', async () => {
    const actions = await newActions(2);
    await standIn.control('POST', '/faults', {
      action: 'drop',
      count: 1,
      method: 'PATCH',
      url: '/items/[^/]+/fields$',
    });

    await expect(store.planner.push(actions)).rejects.toMatchObject({ kind: 'network' });
    const again = await store.planner.push(actions);

    expect(again.created).toBe(0);
    expect(again.failures).toEqual([]);
    const stored = (await store.actions.list()).filter((item) =>
      actions.some((action) => action.key === item.key),
    );
    const tasks = await planTasks();
    for (const action of stored) {
      expect(tasks.filter((task) => task.id === action.plannerTaskId)).toHaveLength(1);
      expect(tasksTitled(tasks, action.title)).toHaveLength(1);
    }
  });

  it("pushes a Won't-have task unassigned and undated", async () => {
    const [action] = await newActions(1, { moscow: 'wont' });

    const result = await store.planner.push([action!]);

    const task = await api.get<Task>(`/planner/tasks/${result.actions[0]!.plannerTaskId}`);
    expect(task.assignments).toEqual({});
    expect(task.dueDateTime ?? null).toBeNull();
    const buckets = await api.pages<{ id: string; name: string }>(
      `/planner/plans/${result.planId}/buckets`,
    );
    expect(buckets.find((bucket) => bucket.id === task.bucketId)?.name).toBe(
      'Won’t have (nu niet)',
    );
  });

  it("unassigns a task moved to Won't", async () => {
    const [action] = await newActions(1);
    const first = (await store.planner.push([action!])).actions[0]!;

    const moved = await store.planner.push([{ ...first, moscow: 'wont' }]);

    expect(moved.updated).toBe(1);
    const task = await api.get<Task>(`/planner/tasks/${first.plannerTaskId}`);
    expect(task.assignments).toEqual({});
    expect(task.dueDateTime ?? null).toBeNull();
  });

  it('pushes a hostile title exactly', async () => {
    const title = '  <b>Risico\'s</b> "quotes" ’ 🔥  ';
    const [action] = await newActions(1, { title });

    const result = await store.planner.push([action!]);

    const task = await api.get<Task>(`/planner/tasks/${result.actions[0]!.plannerTaskId}`);
    expect(task.title).toBe(title);
  });

  it('skips an action whose due date was edited by hand', async () => {
    const [broken, fine] = await newActions(2);
    const path = `/sites/${(await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id}`;
    const lists = await api.pages<{ id: string; displayName: string }>(`${path}/lists`);
    const actionsList = lists.find((list) => list.displayName === 'Risicoradar acties')!;
    await api.patch(`${path}/lists/${actionsList.id}/items/${broken!.id}/fields`, {
      DueDate: '31/03/2027',
    });
    const listed = (await store.actions.list()).filter(
      (item) => item.key === broken!.key || item.key === fine!.key,
    );

    const result = await store.planner.push(listed);

    expect(result.created).toBe(1);
    expect(result.failures.map((failure) => failure.actionKey)).toEqual([broken!.key]);
    expect(result.failures[0]!.error).toMatchObject({ reason: 'invalidDate' });
  });

  it('retries once after a 412 from Planner', async () => {
    const [action] = await newActions(1);
    const first = (await store.planner.push([action!])).actions[0]!;
    await standIn.control('POST', '/faults', {
      action: 'preconditionFailed',
      count: 1,
      method: 'PATCH',
      url: '^/planner/tasks/[^/]+$',
    });

    const result = await store.planner.push([{ ...first, title: 'Nieuwe titel' }]);

    expect(result.failures).toEqual([]);
    expect(result.updated).toBe(1);
    const task = await api.get<Task>(`/planner/tasks/${first.plannerTaskId}`);
    expect(task.title).toBe('Nieuwe titel');
  });

  it('corrects a title changed in Planner', async () => {
    const [action] = await newActions(1);
    const first = (await store.planner.push([action!])).actions[0]!;
    const task = await api.get<Task>(`/planner/tasks/${first.plannerTaskId}`);
    await api.patch(
      `/planner/tasks/${task.id}`,
      { title: 'Zelf hernoemd' },
      {
        'If-Match': task['@odata.etag'],
      },
    );

    await store.planner.push([first]);

    const after = await api.get<Task>(`/planner/tasks/${first.plannerTaskId}`);
    expect(after.title).toBe(first.title);
  });
});

describe('Planner pull', () => {
  it('sees a task completed by its owner', async () => {
    const [action] = await newActions(1);
    const pushed = (await store.planner.push([action!])).actions[0]!;
    const owner = standIn.graphApi(upnOf(USER_IDS.ictOfficer)).api;
    const task = await owner.get<Task>(`/planner/tasks/${pushed.plannerTaskId}`);
    await owner.patch(
      `/planner/tasks/${task.id}`,
      { percentComplete: 100 },
      {
        'If-Match': task['@odata.etag'],
      },
    );

    const result = await store.planner.pull([pushed]);

    expect(result.changed.map((item) => item.key)).toEqual([action!.key]);
    expect(result.changed[0]!.status).toBe('done');
    const stored = (await store.actions.list()).find((item) => item.key === action!.key);
    expect(stored?.status).toBe('done');
    expect(stored?.percentComplete).toBe(100);
  });

  it('takes a due date changed in Planner', async () => {
    const [action] = await newActions(1);
    const pushed = (await store.planner.push([action!])).actions[0]!;
    const task = await api.get<Task>(`/planner/tasks/${pushed.plannerTaskId}`);
    await api.patch(
      `/planner/tasks/${task.id}`,
      { dueDateTime: '2027-10-31T12:00:00Z' },
      {
        'If-Match': task['@odata.etag'],
      },
    );

    const result = await store.planner.pull([pushed]);

    expect(result.changed[0]?.dueDate).toBe('2027-10-31');
  });

  it('names an action edited in the app since the push', async () => {
    const [edited, untouched] = await newActions(2);
    const pushed = (await store.planner.push([edited!, untouched!])).actions;
    const changed = await store.actions.update({ ...pushed[0]!, dueDate: '2027-04-15' });

    const result = await store.planner.pull([changed, pushed[1]!]);

    expect(result.awaitingPush).toEqual([edited!.key]);
    expect(result.changed).toEqual([]);
  });

  it('marks a deleted task and does not recreate it', async () => {
    const [action] = await newActions(1);
    const pushed = (await store.planner.push([action!])).actions[0]!;
    const task = await api.get<Task>(`/planner/tasks/${pushed.plannerTaskId}`);
    await api.delete(`/planner/tasks/${task.id}`, { 'If-Match': task['@odata.etag'] });

    const pulled = await store.planner.pull([pushed]);
    const deleted = pulled.deleted[0]!;
    const skipped = await store.planner.push([deleted]);
    const recreated = await store.planner.push([deleted], { recreateDeleted: [deleted.key] });

    expect(deleted.plannerTaskDeleted).toBe(true);
    expect(skipped.skippedDeleted).toBe(1);
    expect(skipped.created).toBe(0);
    expect(recreated.created).toBe(1);
    expect(recreated.actions[0]!.plannerTaskDeleted).toBe(false);
  });
});
