/** Maps treatments and responsibilities to the keys of the in-depth views' catalogue. */
import type { Responsibility, RiskTreatment } from '../../../domain/model';
import type { DepthMessageKey } from './depthMessages';

/** The treatments in the order the audit names them: vermijden, verminderen, overdragen, aanvaarden. */
export const TREATMENTS: readonly RiskTreatment[] = ['avoid', 'reduce', 'transfer', 'accept'];

/** Catalogue key of each treatment. */
export const TREATMENT_KEYS: Record<RiskTreatment, DepthMessageKey> = {
  avoid: 'treatmentAvoid',
  reduce: 'treatmentReduce',
  transfer: 'treatmentTransfer',
  accept: 'treatmentAccept',
};

/** Catalogue key of each responsibility. */
export const RESPONSIBILITY_KEYS: Record<Responsibility, DepthMessageKey> = {
  internal: 'responsibilityInternal',
  external: 'responsibilityExternal',
};
