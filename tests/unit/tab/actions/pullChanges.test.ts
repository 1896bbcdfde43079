import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/domain/model';
import { plannerStateOf } from '../../../../src/tab/features/actions/plannerState';
import { describePull } from '../../../../src/tab/features/actions/pullChanges';

const BASE: Action = {
  key: 'a',
  title: 'MFA invoeren',
  description: '',
  moscow: 'must',
  status: 'open',
  percentComplete: 0,
  plannerTaskId: 't-a',
  dueDate: '2026-12-20',
  owner: { id: 'u-an', userPrincipalName: 'an@demo.local', displayName: 'An Peeters' },
};

describe('describePull', () => {
  it('reports completion, a new owner and a new due date', () => {
    const after: Action = {
      ...BASE,
      status: 'done',
      percentComplete: 100,
      dueDate: '2027-01-15',
      owner: { id: 'u-bram', userPrincipalName: 'bram@demo.local', displayName: 'Bram Claes' },
    };
    const changes = describePull([BASE], { changed: [after], deleted: [] });
    expect(changes).toEqual([
      { kind: 'done', title: 'MFA invoeren' },
      { kind: 'owner', title: 'MFA invoeren', owner: 'Bram Claes' },
      { kind: 'due', title: 'MFA invoeren', dueDate: '2027-01-15' },
    ]);
  });

  it('reports a reopened task', () => {
    const before = { ...BASE, status: 'done' as const };
    const changes = describePull([before], { changed: [BASE], deleted: [] });
    expect(changes).toEqual([{ kind: 'reopened', title: 'MFA invoeren' }]);
  });

  it('reports a deleted task only the first time', () => {
    const deleted = { ...BASE, plannerTaskDeleted: true };
    expect(describePull([BASE], { changed: [], deleted: [deleted] })).toEqual([
      { kind: 'deleted', title: 'MFA invoeren' },
    ]);
    expect(describePull([deleted], { changed: [], deleted: [deleted] })).toEqual([]);
  });
});

describe('plannerStateOf', () => {
  it.each([
    [{ plannerTaskId: undefined }, 'notPushed'],
    [{}, 'inPlanner'],
    [{ status: 'done' as const }, 'doneInPlanner'],
    [{ plannerTaskDeleted: true }, 'deletedInPlanner'],
  ])('maps %o to %s', (patch, state) => {
    expect(plannerStateOf({ ...BASE, ...patch })).toBe(state);
  });
});
