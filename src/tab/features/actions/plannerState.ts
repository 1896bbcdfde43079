/** The Planner state of each action, as the action plan shows it. */
import type { Action } from '../../../domain/model';
import type { ActionMessageKey } from './messages';

/**
 * An action's Planner state: never pushed, a change waiting for the next push, a task in Planner,
 * in progress there, done there, or its task deleted there.
 */
export type PlannerState =
  | 'notPushed'
  | 'awaitingPush'
  | 'inPlanner'
  | 'progressInPlanner'
  | 'doneInPlanner'
  | 'deletedInPlanner';

/** Derives the Planner state from the action's stored Planner fields and its pending mark. */
export function plannerStateOf(action: Action, awaitingPush = false): PlannerState {
  if (action.plannerTaskDeleted) return 'deletedInPlanner';
  if (!action.plannerTaskId) return 'notPushed';
  if (awaitingPush) return 'awaitingPush';
  if (action.status === 'done') return 'doneInPlanner';
  return action.percentComplete > 0 ? 'progressInPlanner' : 'inPlanner';
}

/** Catalogue key of each Planner state. */
export const PLANNER_STATE_KEYS: Record<PlannerState, ActionMessageKey> = {
  notPushed: 'plannerNotPushed',
  awaitingPush: 'plannerAwaitingPush',
  inPlanner: 'plannerIn',
  progressInPlanner: 'plannerProgress',
  doneInPlanner: 'plannerDone',
  deletedInPlanner: 'plannerDeleted',
};
