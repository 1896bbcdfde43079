/** Maps risk statuses, levels and scale steps to the keys of the risk register's catalogue. */
import type { RiskStatus } from '../../../domain/model';
import type { RiskLevel, ScaleStep } from '../../../domain/riskScore';
import type { RiskMessageKey } from './messages';

/** The statuses in the order a risk usually goes through them. */
export const RISK_STATUSES: readonly RiskStatus[] = [
  'open',
  'inTreatment',
  'controlled',
  'accepted',
  'closed',
];

/** Catalogue key of each risk status. */
export const STATUS_KEYS: Record<RiskStatus, RiskMessageKey> = {
  open: 'statusOpen',
  inTreatment: 'statusInTreatment',
  controlled: 'statusControlled',
  accepted: 'statusAccepted',
  closed: 'statusClosed',
};

/** Catalogue key of each risk level. */
export const LEVEL_KEYS: Record<RiskLevel, RiskMessageKey> = {
  low: 'levelLow',
  medium: 'levelMedium',
  high: 'levelHigh',
  critical: 'levelCritical',
};

/** Catalogue keys of a likelihood step's label and meaning. */
export function likelihoodKeys(step: ScaleStep): {
  label: RiskMessageKey;
  meaning: RiskMessageKey;
} {
  return { label: `likelihood${step}`, meaning: `likelihood${step}Meaning` };
}

/** Catalogue keys of an impact step's label and meaning. */
export function impactKeys(step: ScaleStep): { label: RiskMessageKey; meaning: RiskMessageKey } {
  return { label: `impact${step}`, meaning: `impact${step}Meaning` };
}
