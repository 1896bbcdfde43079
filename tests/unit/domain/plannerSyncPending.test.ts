import { describe, expect, it } from 'vitest';
import type { Action, Person } from '../../../src/domain/model';
import {
  awaitsPush,
  taskFieldsChanged,
  type BucketIds,
  type TaskState,
} from '../../../src/domain/plannerSync';

const BUCKETS: BucketIds = { must: 'b-must', should: 'b-should', could: 'b-could', wont: 'b-wont' };
const KOEN: Person = {
  id: 'u-koen',
  userPrincipalName: 'koen@zonnedorp.example',
  displayName: 'Koen',
};
const people = () => undefined;

function linked(overrides: Partial<Action> = {}): Action {
  return {
    key: 'a-1',
    title: 'Back-ups testen',
    description: '',
    domain: 'd7',
    moscow: 'must',
    owner: KOEN,
    dueDate: '2027-03-31',
    status: 'open',
    percentComplete: 0,
    plannerTaskId: 't-1',
    plannerTaskEtag: 'W/"v1"',
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

describe('awaitsPush', () => {
  it('is false when the task matches the action', () => {
    expect(awaitsPush(linked(), task(), BUCKETS, people)).toBe(false);
  });

  it('is true after the due date changed in the app', () => {
    const edited = linked({ dueDate: '2027-04-15' });
    expect(awaitsPush(edited, task(), BUCKETS, people)).toBe(true);
  });

  it('ignores a due date that Planner changed since the last read', () => {
    const plannerMoved = task({ etag: 'W/"v2"', dueDate: '2027-05-01' });
    expect(awaitsPush(linked(), plannerMoved, BUCKETS, people)).toBe(false);
  });

  it('counts a title changed in the app even when Planner changed the task', () => {
    const edited = linked({ title: 'Herstel testen' });
    expect(awaitsPush(edited, task({ etag: 'W/"v2"' }), BUCKETS, people)).toBe(true);
  });

  it('is false for an action never pushed or whose task is gone', () => {
    expect(awaitsPush(linked({ plannerTaskId: undefined }), task(), BUCKETS, people)).toBe(false);
    expect(awaitsPush(linked(), undefined, BUCKETS, people)).toBe(false);
  });
});

describe('taskFieldsChanged', () => {
  it('sees a new due date, owner, class or title', () => {
    expect(taskFieldsChanged(linked(), linked({ dueDate: '2027-04-15' }))).toBe(true);
    expect(taskFieldsChanged(linked(), linked({ owner: undefined }))).toBe(true);
    expect(taskFieldsChanged(linked(), linked({ moscow: 'should' }))).toBe(true);
    expect(taskFieldsChanged(linked(), linked({ title: 'Herstel testen' }))).toBe(true);
  });

  it('ignores the description and a Won’t action’s due date', () => {
    expect(taskFieldsChanged(linked(), linked({ description: 'Elk kwartaal.' }))).toBe(false);
    const wont = linked({ moscow: 'wont' });
    expect(taskFieldsChanged(wont, { ...wont, dueDate: '2027-09-01' })).toBe(false);
  });
});
