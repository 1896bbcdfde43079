/** Builds the rows that compare my version of a control with the stored one after a 412. */
import type { Control, Person, Risk } from '../../../domain/model';
import type { Locale } from '../../i18n/messages';
import type { ConflictRow } from '../risks/ConflictPanel';
import { domainLabel } from '../risks/domainLabel';
import { levelLabel } from './controlLabels';
import { controlMessages } from './messages';

type ControlMessageKey = keyof (typeof controlMessages)['nl'];
type Translate = (key: ControlMessageKey) => string;

/** Returns one row per field the editor changes, with both values as display text. */
export function controlConflictRows(
  t: Translate,
  locale: Locale,
  risks: readonly Risk[],
  mine: Control,
  theirs: Control,
): ConflictRow[] {
  const person = (value?: Person) => value?.displayName ?? t('nobody');
  const riskTitles = (control: Control) =>
    control.riskKeys.map((key) => risks.find((risk) => risk.key === key)?.title ?? key).join(', ');
  const responsibility = (control: Control) =>
    control.responsibility === 'internal'
      ? t('responsibilityInternal')
      : control.responsibility === 'external'
        ? `${t('responsibilityExternal')}: ${control.externalParty ?? ''}`
        : t('responsibilityNone');
  const fields: [ControlMessageKey, (control: Control) => string][] = [
    ['fieldTitle', (control) => control.title],
    ['fieldDescription', (control) => control.description],
    ['fieldLevel', (control) => levelLabel(control.level, locale) ?? t('levelNone')],
    ['fieldRisks', riskTitles],
    ['fieldDomains', (control) => control.domains.map((id) => domainLabel(id, locale)).join(', ')],
    ['fieldResponsibility', responsibility],
    ['fieldResponsible', (control) => person(control.responsible)],
  ];
  return fields.map(([label, show]) => ({
    label: t(label),
    mine: show(mine),
    theirs: show(theirs),
  }));
}
