/** Actions in the list "Risicoradar acties". */
import type { MoscowClass, RiskDomainId } from '../../content/model';
import type { Action, ActionStatus } from '../../domain/model';
import {
  checkDate,
  checkText,
  checkTitle,
  personColumns,
  personFields,
  readNumber,
  readPerson,
  readText,
  type EntityMapper,
  type Fields,
} from './fields';

/** Returns the columns Planner sync writes back: task id, task ETag and the deleted flag. */
export function plannerFields(action: Action): Fields {
  return {
    PlannerTaskId: action.plannerTaskId ?? '',
    PlannerTaskEtag: action.plannerTaskEtag ?? '',
    PlannerTaskDeleted: action.plannerTaskDeleted ?? false,
  };
}

/** Returns the columns a Planner pull changes: completion, owner and due date. */
export function pulledFields(action: Action): Fields {
  return {
    Status: action.status,
    PercentComplete: action.percentComplete,
    ...personFields('Owner', action.owner),
    DueDate: action.dueDate ?? '',
    ...plannerFields(action),
  };
}

/** Maps an action, including its link to a Planner task. */
export const actionMapper: EntityMapper<Action> = {
  list: 'actions',
  columns: [
    'Description',
    'RiskKey',
    'Domain',
    'Moscow',
    ...personColumns('Owner'),
    'DueDate',
    'Status',
    'PercentComplete',
    'PlannerTaskId',
    'PlannerTaskEtag',
    'PlannerTaskDeleted',
  ],
  validate: (action) => {
    checkTitle(action.title);
    checkText(action.description, 'description');
    checkDate(action.dueDate, 'dueDate');
  },
  toFields: (action) => ({
    Title: action.title,
    Description: action.description,
    RiskKey: action.riskKey ?? '',
    Domain: action.domain ?? '',
    Moscow: action.moscow,
    ...pulledFields(action),
  }),
  fromFields: (fields) => ({
    title: readText(fields, 'Title') ?? '',
    description: readText(fields, 'Description') ?? '',
    riskKey: readText(fields, 'RiskKey'),
    domain: readText(fields, 'Domain') as RiskDomainId | undefined,
    moscow: (readText(fields, 'Moscow') ?? 'could') as MoscowClass,
    owner: readPerson(fields, 'Owner'),
    dueDate: readText(fields, 'DueDate'),
    status: (readText(fields, 'Status') ?? 'open') as ActionStatus,
    percentComplete: readNumber(fields, 'PercentComplete', 0),
    plannerTaskId: readText(fields, 'PlannerTaskId'),
    plannerTaskEtag: readText(fields, 'PlannerTaskEtag'),
    plannerTaskDeleted: fields.PlannerTaskDeleted === true || undefined,
  }),
};
