/** Builds the conflict rows of the in-depth fields, beside those of riskConflictRows. */
import type { Person, Risk } from '../../../domain/model';
import type { ConflictRow } from './ConflictPanel';
import type { DepthMessageKey } from './depthMessages';
import { RESPONSIBILITY_KEYS, TREATMENT_KEYS } from './riskDepthLabels';

type Translate = (key: DepthMessageKey, params?: Record<string, string | number>) => string;

/** Returns one row per in-depth field, with both values as display text. */
export function depthConflictRows(
  d: Translate,
  nobody: string,
  mine: Risk,
  theirs: Risk,
): ConflictRow[] {
  const text = (value?: string | number) => (value === undefined ? '' : String(value));
  const people = (list?: Person[]) => (list ?? []).map((person) => person.displayName).join(', ');
  const accepted = (risk: Risk) => (risk.treatment === 'accept' ? risk.acceptance : undefined);
  const fields: [DepthMessageKey, (risk: Risk) => string][] = [
    ['fieldConsequences', (risk) => text(risk.consequences)],
    ['fieldResidualLikelihood', (risk) => text(risk.residualLikelihood)],
    ['fieldResidualImpact', (risk) => text(risk.residualImpact)],
    ['fieldTreatment', (risk) => (risk.treatment ? d(TREATMENT_KEYS[risk.treatment]) : '')],
    ['fieldAcceptanceReason', (risk) => text(accepted(risk)?.reason)],
    ['fieldAcceptedBy', (risk) => accepted(risk)?.acceptedBy?.displayName ?? nobody],
    ['fieldAcceptedUntil', (risk) => text(accepted(risk)?.until)],
    ['fieldActionOwners', (risk) => people(risk.actionOwners)],
    [
      'fieldResponsibility',
      (risk) => (risk.responsibility ? d(RESPONSIBILITY_KEYS[risk.responsibility]) : ''),
    ],
    ['fieldExternalParty', (risk) => text(risk.externalParty)],
    ['fieldLastReview', (risk) => text(risk.lastReview)],
    ['fieldNextReview', (risk) => text(risk.nextReview)],
  ];
  return fields.map(([label, show]) => ({
    label: d(label),
    mine: show(mine),
    theirs: show(theirs),
  }));
}
