/** Builds the rows that compare my version of an action with the stored one. */
import { moscowClasses } from '../../../content/moscow';
import type { Action, Person, Risk } from '../../../domain/model';
import { pickText, type Locale } from '../../i18n/messages';
import type { ConflictRow } from '../risks/ConflictPanel';
import type { ActionMessageKey } from './messages';

type Translate = (key: ActionMessageKey, params?: Record<string, string | number>) => string;

/** Returns one row per field the user can edit, with both values as display text. */
export function actionConflictRows(
  t: Translate,
  locale: Locale,
  risks: readonly Risk[],
  mine: Action,
  theirs: Action,
): ConflictRow[] {
  const person = (value?: Person) => value?.displayName ?? t('noOwner');
  const risk = (action: Action) =>
    risks.find((item) => item.key === action.riskKey)?.title ?? t('noRisk');
  const moscow = (action: Action) => {
    const definition = moscowClasses.find((item) => item.id === action.moscow);
    return definition ? pickText(definition.label, locale) : action.moscow;
  };
  const fields: [ActionMessageKey, (action: Action) => string][] = [
    ['fieldTitle', (action) => action.title],
    ['fieldDescription', (action) => action.description],
    ['fieldRisk', risk],
    ['fieldMoscow', moscow],
    ['fieldOwner', (action) => person(action.owner)],
    ['fieldDue', (action) => action.dueDate ?? t('noDue')],
    ['fieldStatus', (action) => t(action.status === 'done' ? 'statusDone' : 'statusOpen')],
  ];
  return fields.map(([label, show]) => ({
    label: t(label),
    mine: show(mine),
    theirs: show(theirs),
  }));
}
