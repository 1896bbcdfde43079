/** Whether the action plan reaches its goal: every Must-have done by the plan's target date. */
import type { Action, DateOnly } from './model';

/**
 * The plan's state against its goal.
 * - noTarget: the plan has no target date, so there is no goal to measure
 * - noMusts: the plan has no Must-have actions yet
 * - reached: every Must-have is done
 * - onTrack: Must-haves are open, the target date is ahead and each open one is due by then
 * - atRisk: the target date is ahead, but an open Must-have is overdue, has no due date or is due
 *   after the target date
 * - missed: the target date has passed with Must-haves still open, so the plan has not reached its goal
 */
export type PlanGoalState = 'noTarget' | 'noMusts' | 'reached' | 'onTrack' | 'atRisk' | 'missed';

/** The plan's state with the Must-haves behind it, so the UI can name them. */
export interface PlanState {
  state: PlanGoalState;
  targetDate?: DateOnly;
  mustTotal: number;
  mustDone: number;
  /** Open Must-haves that put the goal at risk or made it fail. */
  blockingMusts: Action[];
}

/** Returns the local calendar date of an instant as `YYYY-MM-DD`, the date the user sees today. */
export function toDateOnly(instant: Date): DateOnly {
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${instant.getFullYear()}-${month}-${day}`;
}

// `YYYY-MM-DD` strings sort like the dates they name, so plain string comparison is enough.
function isAfter(date: DateOnly, other: DateOnly): boolean {
  return date > other;
}

function blocksBeforeTarget(action: Action, targetDate: DateOnly, today: DateOnly): boolean {
  if (!action.dueDate) return true;
  return isAfter(action.dueDate, targetDate) || isAfter(today, action.dueDate);
}

/** Computes the plan's state on `today` from its actions and target date. */
export function planState(
  actions: readonly Action[],
  targetDate: DateOnly | undefined,
  today: DateOnly,
): PlanState {
  const musts = actions.filter((action) => action.moscow === 'must');
  const openMusts = musts.filter((action) => action.status !== 'done');
  const base = { targetDate, mustTotal: musts.length, mustDone: musts.length - openMusts.length };

  if (!targetDate) return { ...base, state: 'noTarget', blockingMusts: [] };
  if (musts.length === 0) return { ...base, state: 'noMusts', blockingMusts: [] };
  if (openMusts.length === 0) return { ...base, state: 'reached', blockingMusts: [] };
  if (isAfter(today, targetDate)) return { ...base, state: 'missed', blockingMusts: openMusts };

  const blocking = openMusts.filter((action) => blocksBeforeTarget(action, targetDate, today));
  const state = blocking.length > 0 ? 'atRisk' : 'onTrack';
  return { ...base, state, blockingMusts: blocking };
}
