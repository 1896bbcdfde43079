/** Moves the next review date of risks whose date followed the old review period. */
import type { Risk } from '../../../../domain/model';
import { nextReviewDate, type ReviewCycles } from '../../../../domain/reviewDates';

/**
 * Returns the risks with a new next review date under `after`. A date that does not follow from
 * the last review under `before` was set by hand, so it stays.
 */
export function risksToReschedule(
  risks: readonly Risk[],
  before: ReviewCycles,
  after: ReviewCycles,
): Risk[] {
  return risks.flatMap((risk) => {
    if (!risk.lastReview || !risk.nextReview) return [];
    if (risk.nextReview !== nextReviewDate(risk, risk.lastReview, before)) return [];
    const next = nextReviewDate(risk, risk.lastReview, after);
    return next === risk.nextReview ? [] : [{ ...risk, nextReview: next }];
  });
}
