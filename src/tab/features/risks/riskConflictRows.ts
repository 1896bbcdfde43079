/** Builds the rows that compare my version of a risk with the stored one. */
import type { Person, Risk } from '../../../domain/model';
import type { Locale } from '../../i18n/messages';
import { domainLabel } from './domainLabel';
import type { RiskMessageKey } from './messages';
import { STATUS_KEYS } from './riskLabels';
import type { ConflictRow } from './ConflictPanel';

type Translate = (key: RiskMessageKey, params?: Record<string, string | number>) => string;

/** Returns one row per field the user can edit, with both values as display text. */
export function riskConflictRows(
  t: Translate,
  locale: Locale,
  mine: Risk,
  theirs: Risk,
): ConflictRow[] {
  const person = (value?: Person) => value?.displayName ?? t('noOwner');
  const domain = (risk: Risk) => domainLabel(risk.domain, locale);
  const fields: [RiskMessageKey, (risk: Risk) => string][] = [
    ['fieldTitle', (risk) => risk.title],
    ['fieldDescription', (risk) => risk.description],
    ['fieldDomain', domain],
    ['fieldCause', (risk) => risk.cause],
    ['fieldLikelihood', (risk) => String(risk.likelihood)],
    ['fieldImpact', (risk) => String(risk.impact)],
    ['fieldRiskOwner', (risk) => person(risk.riskOwner)],
    ['fieldActionOwner', (risk) => person(risk.actionOwner)],
    ['fieldStatus', (risk) => t(STATUS_KEYS[risk.status])],
  ];
  return fields.map(([label, show]) => ({
    label: t(label),
    mine: show(mine),
    theirs: show(theirs),
  }));
}
