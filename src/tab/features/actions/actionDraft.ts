/** The editor's working copy of an action, and the checks it must pass before it is saved. */
import type { Action, Risk } from '../../../domain/model';
import { checkTitle, type TitleProblem } from '../risks/titleRules';

/** Problems that block saving, per field. */
export interface ActionDraftProblems {
  title?: TitleProblem;
  dueDate?: 'invalid';
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks that a value is a real calendar date written as `YYYY-MM-DD`. */
export function isValidDateOnly(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 31 February over to March, so a round trip shows whether the day exists.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Starts a new, unsaved action with a fresh client key. */
export function newActionDraft(init: Partial<Action> = {}): Action {
  return {
    key: crypto.randomUUID(),
    title: '',
    description: '',
    moscow: 'should',
    status: 'open',
    percentComplete: 0,
    ...init,
  };
}

/** Starts an action for a risk: linked to it, in its domain, owned by its action owner. */
export function actionDraftForRisk(risk: Risk): Action {
  return newActionDraft({ riskKey: risk.key, domain: risk.domain, owner: risk.actionOwner });
}

/** Checks a draft and returns its problems, an empty object when it can be saved. */
export function validateAction(action: Action): ActionDraftProblems {
  const problems: ActionDraftProblems = {};
  const title = checkTitle(action.title);
  if (title) problems.title = title;
  if (action.dueDate && !isValidDateOnly(action.dueDate)) problems.dueDate = 'invalid';
  return problems;
}

/** Links an action to a risk, or unlinks it, and takes over the risk's domain for Planner's label. */
export function linkRisk(action: Action, risk: Risk | undefined): Action {
  return { ...action, riskKey: risk?.key, domain: risk?.domain ?? action.domain };
}

/** Sets the status and keeps Planner's percentage in step, since Planner counts 100 as done. */
export function setActionStatus(action: Action, status: Action['status']): Action {
  const percentComplete = status === 'done' ? 100 : Math.min(action.percentComplete, 50);
  return { ...action, status, percentComplete };
}
