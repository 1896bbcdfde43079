import { describe, expect, it } from 'vitest';
import type { Action, Person } from '../../../src/domain/model';
import { describeTask, markerKey, matchOrphans } from '../../../src/domain/plannerMatch';
import {
  categoryOf,
  decidePull,
  decidePush,
  type BucketIds,
  type TaskState,
} from '../../../src/domain/plannerSync';

const BUCKETS: BucketIds = { must: 'b-must', should: 'b-should', could: 'b-could', wont: 'b-wont' };
const KOEN: Person = {
  id: 'u-koen',
  userPrincipalName: 'koen@zonnedorp.example',
  displayName: 'Koen',
};
const SOFIE: Person = {
  id: 'u-sofie',
  userPrincipalName: 'sofie@zonnedorp.example',
  displayName: 'Sofie',
};
const people = (id: string) => [KOEN, SOFIE].find((person) => person.id === id);
const noRecreate = { recreate: false, people };

function action(overrides: Partial<Action> = {}): Action {
  return {
    key: 'a-1',
    id: '7',
    title: 'Back-ups testen',
    description: 'Elk kwartaal een herstel testen.',
    domain: 'd7',
    moscow: 'must',
    owner: KOEN,
    dueDate: '2027-03-31',
    status: 'open',
    percentComplete: 0,
    ...overrides,
  };
}

function task(overrides: Partial<TaskState> = {}): TaskState {
  return {
    id: 't-1',
    etag: 'W/"v1"',
    title: 'Back-ups testen',
    bucketId: 'b-must',
    assigneeIds: ['u-koen'],
    dueDate: '2027-03-31',
    percentComplete: 0,
    categories: ['category7'],
    ...overrides,
  };
}

const linked = (overrides: Partial<Action> = {}) =>
  action({ plannerTaskId: 't-1', plannerTaskEtag: 'W/"v1"', ...overrides });

describe('decidePush', () => {
  it('creates a task in the class bucket, assigned, dated and labelled', () => {
    const decision = decidePush(action(), undefined, BUCKETS, noRecreate);

    expect(decision.kind).toBe('create');
    if (decision.kind !== 'create') return;
    expect(decision.body).toEqual({
      bucketId: 'b-must',
      title: 'Back-ups testen',
      assignments: {
        'u-koen': { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
      },
      dueDateTime: '2027-03-31T12:00:00Z',
      appliedCategories: { category7: true },
    });
  });

  it("creates a Won't-have task unassigned and undated", () => {
    const decision = decidePush(action({ moscow: 'wont' }), undefined, BUCKETS, noRecreate);

    expect(decision.kind).toBe('create');
    if (decision.kind !== 'create') return;
    expect(decision.body.bucketId).toBe('b-wont');
    expect(decision.body.assignments).toEqual({});
    expect(decision.body).not.toHaveProperty('dueDateTime');
  });

  it('leaves a task that matches alone', () => {
    expect(decidePush(linked(), task(), BUCKETS, noRecreate).kind).toBe('unchanged');
  });

  it('corrects title, bucket and label from the app', () => {
    const decision = decidePush(
      linked({ title: 'Herstel testen', moscow: 'should', domain: 'd3' }),
      task({ categories: ['category7', 'category1'] }),
      BUCKETS,
      noRecreate,
    );

    expect(decision.kind).toBe('update');
    if (decision.kind !== 'update') return;
    expect(decision.patch).toEqual({
      title: 'Herstel testen',
      bucketId: 'b-should',
      appliedCategories: { category7: false, category1: false, category3: true },
    });
  });

  it('corrects a title changed in Planner', () => {
    const decision = decidePush(
      linked(),
      task({ etag: 'W/"v2"', title: 'Anders' }),
      BUCKETS,
      noRecreate,
    );
    expect(decision.kind).toBe('update');
    if (decision.kind !== 'update') return;
    expect(decision.patch).toEqual({ title: 'Back-ups testen' });
  });

  it('sends an owner and due date changed in the app', () => {
    const decision = decidePush(
      linked({ owner: SOFIE, dueDate: '2027-04-30' }),
      task(),
      BUCKETS,
      noRecreate,
    );

    expect(decision.kind).toBe('update');
    if (decision.kind !== 'update') return;
    expect(decision.patch.assignments).toEqual({
      'u-koen': null,
      'u-sofie': { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
    });
    expect(decision.patch.dueDateTime).toBe('2027-04-30T12:00:00Z');
  });

  it('keeps assignee and due date changed in Planner', () => {
    const planner = task({ etag: 'W/"v2"', assigneeIds: ['u-sofie'], dueDate: '2027-05-15' });

    const decision = decidePush(linked(), planner, BUCKETS, noRecreate);

    expect(decision.kind).toBe('unchanged');
    expect(decision.action.owner).toEqual(SOFIE);
    expect(decision.action.dueDate).toBe('2027-05-15');
    expect(decision.action.plannerTaskEtag).toBe('W/"v2"');
  });

  it("unassigns and undates a task moved to Won't", () => {
    const decision = decidePush(linked({ moscow: 'wont' }), task(), BUCKETS, noRecreate);

    expect(decision.kind).toBe('update');
    if (decision.kind !== 'update') return;
    expect(decision.patch).toEqual({
      bucketId: 'b-wont',
      assignments: { 'u-koen': null },
      dueDateTime: null,
    });
  });

  it('skips a task deleted in Planner', () => {
    const decision = decidePush(linked(), undefined, BUCKETS, noRecreate);

    expect(decision.kind).toBe('skipDeleted');
    expect(decision.action.plannerTaskDeleted).toBe(true);
  });

  it('recreates a deleted task when asked', () => {
    const decision = decidePush(linked({ plannerTaskDeleted: true }), undefined, BUCKETS, {
      recreate: true,
      people,
    });

    expect(decision.kind).toBe('create');
    expect(decision.action.plannerTaskId).toBeUndefined();
  });
});

describe('decidePull', () => {
  it('takes completion from Planner', () => {
    const decision = decidePull(linked(), task({ etag: 'W/"v2"', percentComplete: 100 }), people);

    expect(decision.kind).toBe('changed');
    expect(decision.action.status).toBe('done');
    expect(decision.action.percentComplete).toBe(100);
  });

  it('takes a new assignee from Planner', () => {
    const decision = decidePull(
      linked(),
      task({ etag: 'W/"v2"', assigneeIds: ['u-sofie'] }),
      people,
    );

    expect(decision.kind).toBe('changed');
    expect(decision.action.owner).toEqual(SOFIE);
  });

  it('keeps the owner while still among several assignees', () => {
    const planner = task({ etag: 'W/"v2"', assigneeIds: ['u-sofie', 'u-koen'] });
    expect(decidePull(linked(), planner, people).action.owner).toEqual(KOEN);
  });

  it('names an unknown assignee by id', () => {
    const planner = task({ etag: 'W/"v2"', assigneeIds: ['u-extern'] });
    const owner = decidePull(linked(), planner, people).action.owner;
    expect(owner).toEqual({ id: 'u-extern', userPrincipalName: '', displayName: '' });
  });

  it('takes a due date from Planner', () => {
    const decision = decidePull(linked(), task({ etag: 'W/"v2"', dueDate: '2027-06-01' }), people);
    expect(decision.action.dueDate).toBe('2027-06-01');
  });

  it('ignores a task Planner did not change', () => {
    const decision = decidePull(linked({ owner: SOFIE }), task({ percentComplete: 50 }), people);
    expect(decision.kind).toBe('unchanged');
    expect(decision.action.owner).toEqual(SOFIE);
  });

  it('marks an action whose task was deleted', () => {
    const decision = decidePull(linked(), undefined, people);

    expect(decision.kind).toBe('deleted');
    expect(decision.action.plannerTaskDeleted).toBe(true);
  });

  it('leaves an action that was never pushed', () => {
    expect(decidePull(action(), undefined, people).kind).toBe('unchanged');
  });

  it("keeps a Won't-have action's owner", () => {
    const planner = task({
      etag: 'W/"v2"',
      assigneeIds: [],
      dueDate: undefined,
      percentComplete: 50,
    });
    const decision = decidePull(linked({ moscow: 'wont' }), planner, people);
    expect(decision.action.owner).toEqual(KOEN);
    expect(decision.action.percentComplete).toBe(50);
  });
});

describe('categoryOf', () => {
  it('maps the 13 domains to category1 to category13', () => {
    expect(categoryOf('d1')).toBe('category1');
    expect(categoryOf('d13')).toBe('category13');
    expect(categoryOf(undefined)).toBeUndefined();
  });
});

describe('task markers', () => {
  it('puts the key in a marker line and reads it back', () => {
    const description = describeTask({ key: "a'1 [x]", description: 'Tekst\nmet regels' });
    expect(description).toBe("Tekst\nmet regels\n\n[Risicoradar-actie: a'1 [x]]");
    expect(markerKey(description)).toBe("a'1 [x]");
  });

  it('reads the key of a plain marker', () => {
    expect(markerKey(describeTask({ key: 'a-1', description: '' }))).toBe('a-1');
    expect(markerKey('Geen marker')).toBeUndefined();
  });
});

describe('matchOrphans', () => {
  const orphan = (key: string, title: string) => action({ key, title });

  it('matches by marker before title', () => {
    const tasks = [task({ id: 't-a' }), task({ id: 't-b' })];
    const markers = new Map([
      ['t-a', 'a-2'],
      ['t-b', 'a-1'],
    ]);

    const matched = matchOrphans(
      [orphan('a-1', 'Back-ups testen'), orphan('a-2', 'x')],
      tasks,
      markers,
      BUCKETS,
    );

    expect(matched.get('a-1')?.id).toBe('t-b');
    expect(matched.get('a-2')?.id).toBe('t-a');
  });

  it('matches an unmarked task by title and bucket once', () => {
    const tasks = [task({ id: 't-a' })];
    const actions = [orphan('a-1', 'Back-ups testen'), orphan('a-2', 'Back-ups testen')];

    const matched = matchOrphans(actions, tasks, new Map(), BUCKETS);

    expect(matched.get('a-1')?.id).toBe('t-a');
    expect(matched.has('a-2')).toBe(false);
  });

  it('never takes a task marked for another action', () => {
    const matched = matchOrphans(
      [orphan('a-1', 'Back-ups testen')],
      [task({ id: 't-a' })],
      new Map([['t-a', 'a-9']]),
      BUCKETS,
    );
    expect(matched.size).toBe(0);
  });
});
