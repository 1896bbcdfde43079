/** The Planner state of each action, as the action plan shows it. */
import type { Action } from '../../../domain/model';
import type { ActionMessageKey } from './messages';

/** An action's Planner state: never pushed, a task in Planner, done there, or its task deleted there. */
export type PlannerState = 'notPushed' | 'inPlanner' | 'doneInPlanner' | 'deletedInPlanner';

/** Derives the Planner state from the action's stored Planner fields. */
export function plannerStateOf(action: Action): PlannerState {
  if (action.plannerTaskDeleted) return 'deletedInPlanner';
  if (!action.plannerTaskId) return 'notPushed';
  return action.status === 'done' ? 'doneInPlanner' : 'inPlanner';
}

/** Catalogue key of each Planner state. */
export const PLANNER_STATE_KEYS: Record<PlannerState, ActionMessageKey> = {
  notPushed: 'plannerNotPushed',
  inPlanner: 'plannerIn',
  doneInPlanner: 'plannerDone',
  deletedInPlanner: 'plannerDeleted',
};
