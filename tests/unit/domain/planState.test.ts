import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/model';
import { planState, toDateOnly } from '../../../src/domain/planState';

function action(key: string, patch: Partial<Action> = {}): Action {
  return {
    key,
    title: key,
    description: '',
    moscow: 'must',
    status: 'open',
    percentComplete: 0,
    ...patch,
  };
}

const TARGET = '2026-12-31';

describe('planState', () => {
  it('reports no target when the plan has no target date', () => {
    const state = planState([action('a')], undefined, '2026-12-04');
    expect(state.state).toBe('noTarget');
  });

  it('reports no Must-haves when every action is of another class', () => {
    const state = planState([action('a', { moscow: 'should' })], TARGET, '2026-12-04');
    expect(state.state).toBe('noMusts');
  });

  it('reaches the goal when every Must-have is done before the target date', () => {
    const actions = [action('a', { status: 'done' }), action('b', { moscow: 'could' })];
    const state = planState(actions, TARGET, '2026-12-04');
    expect(state.state).toBe('reached');
    expect(state.mustDone).toBe(1);
    expect(state.mustTotal).toBe(1);
  });

  it('stays reached after the target date when every Must-have is done', () => {
    const state = planState([action('a', { status: 'done' })], TARGET, '2027-01-15');
    expect(state.state).toBe('reached');
  });

  it('is on track when open Must-haves are due by the target date', () => {
    const state = planState([action('a', { dueDate: '2026-12-20' })], TARGET, '2026-12-04');
    expect(state.state).toBe('onTrack');
    expect(state.blockingMusts).toEqual([]);
  });

  it('counts a Must-have due on the target date itself as on time', () => {
    const state = planState([action('a', { dueDate: TARGET })], TARGET, TARGET);
    expect(state.state).toBe('onTrack');
  });

  it.each([
    ['has no due date', {}],
    ['is due after the target date', { dueDate: '2027-01-10' }],
    ['is overdue', { dueDate: '2026-12-01' }],
  ])('is at risk when an open Must-have %s', (_, patch) => {
    const late = action('late', patch);
    const state = planState([late, action('ok', { dueDate: '2026-12-20' })], TARGET, '2026-12-04');
    expect(state.state).toBe('atRisk');
    expect(state.blockingMusts.map((item) => item.key)).toEqual(['late']);
  });

  it('misses the goal when Must-haves are open after the target date', () => {
    const actions = [action('a', { status: 'done' }), action('b', { dueDate: '2026-12-20' })];
    const state = planState(actions, TARGET, '2027-01-01');
    expect(state.state).toBe('missed');
    expect(state.blockingMusts.map((item) => item.key)).toEqual(['b']);
  });

  it("ignores open Should, Could and Won't actions for the goal", () => {
    const actions = [
      action('a', { status: 'done' }),
      action('b', { moscow: 'should' }),
      action('c', { moscow: 'wont' }),
    ];
    expect(planState(actions, TARGET, '2027-01-01').state).toBe('reached');
  });
});

describe('toDateOnly', () => {
  it('formats the local calendar date with zero padding', () => {
    expect(toDateOnly(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
