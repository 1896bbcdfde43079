/**
 * Review dates of risks: the next review follows from the risk's level, and a risk comes back
 * for review when its date has passed, its acceptance expired, or all its actions are done.
 */
import { addDays, compareDates } from './dates';
import type { Action, DateOnly, Risk } from './model';
import { currentAssessment, type RiskLevel } from './riskScore';

/** Days between two reviews per level; the bestuur can change them in the settings. */
export type ReviewCycles = Record<RiskLevel, number>;

/** The default cycle: kritiek every 90 days, hoog every 180, middel and laag every 360. */
export const DEFAULT_REVIEW_CYCLES: ReviewCycles = {
  critical: 90,
  high: 180,
  medium: 360,
  low: 360,
};

/** Merges the bestuur's own cycle over the default, ignoring values that are not whole days ≥ 1. */
export function reviewCycles(custom?: Partial<Record<RiskLevel, number>>): ReviewCycles {
  const merged = { ...DEFAULT_REVIEW_CYCLES };
  for (const level of Object.keys(merged) as RiskLevel[]) {
    const days = custom?.[level];
    if (days !== undefined && Number.isInteger(days) && days >= 1) merged[level] = days;
  }
  return merged;
}

/** Returns the level that sets a risk's cycle: after controls when scored, else before. */
export function reviewLevel(risk: Risk): RiskLevel {
  return currentAssessment(risk)?.level ?? 'critical';
}

/** Returns the next review date from a review held on `reviewed`. */
export function nextReviewDate(
  risk: Risk,
  reviewed: DateOnly,
  cycles: ReviewCycles = DEFAULT_REVIEW_CYCLES,
): DateOnly {
  return addDays(reviewed, cycles[reviewLevel(risk)]);
}

/** Records a review held today: lastReview is today and nextReview follows from the cycle. */
export function recordReview(
  risk: Risk,
  today: DateOnly,
  cycles: ReviewCycles = DEFAULT_REVIEW_CYCLES,
): Risk {
  return { ...risk, lastReview: today, nextReview: nextReviewDate(risk, today, cycles) };
}

/** True when the risk is accepted and its acceptance ended before today. */
export function acceptanceExpired(risk: Risk, today: DateOnly): boolean {
  const until = risk.acceptance?.until;
  return risk.treatment === 'accept' && until !== undefined && compareDates(until, today) < 0;
}

/** True when the next review date is today or has passed, or the risk was never reviewed. */
export function reviewDue(risk: Risk, today: DateOnly): boolean {
  if (risk.status === 'closed') return false;
  return risk.nextReview === undefined || compareDates(risk.nextReview, today) <= 0;
}

/** True when the next review date lies before today. */
export function reviewOverdue(risk: Risk, today: DateOnly): boolean {
  if (risk.status === 'closed') return false;
  return risk.nextReview !== undefined && compareDates(risk.nextReview, today) < 0;
}

/**
 * True when the risk has actions, all of them are done, and no review took place since the last
 * one was changed, so the risk owner should score the residual risk again.
 */
export function rescoreRequested(risk: Risk, actions: readonly Action[]): boolean {
  const own = actions.filter((action) => action.riskKey === risk.key);
  if (own.length === 0 || own.some((action) => action.status !== 'done')) return false;
  if (!risk.lastReview) return true;
  const lastDone = own
    .map((action) => action.modified?.slice(0, 10))
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  return lastDone === undefined || compareDates(lastDone, risk.lastReview) > 0;
}

/** A reason to review a risk, shown on the start page. */
export type ReviewReason = 'due' | 'never' | 'acceptanceExpired' | 'actionsDone';

/** A risk due for review, with every reason that applies. */
export interface DueReview {
  risk: Risk;
  reasons: ReviewReason[];
  /** The date the review is due, today when the risk has no review date. */
  dueDate: DateOnly;
}

/** Lists the risks that ask for a review today, the earliest due first. */
export function dueReviews(
  risks: readonly Risk[],
  actions: readonly Action[],
  today: DateOnly,
): DueReview[] {
  const due: DueReview[] = [];
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    const reasons: ReviewReason[] = [];
    if (risk.nextReview === undefined) reasons.push('never');
    else if (compareDates(risk.nextReview, today) <= 0) reasons.push('due');
    if (acceptanceExpired(risk, today)) reasons.push('acceptanceExpired');
    if (rescoreRequested(risk, actions)) reasons.push('actionsDone');
    if (reasons.length > 0) due.push({ risk, reasons, dueDate: risk.nextReview ?? today });
  }
  return due.sort((a, b) => compareDates(a.dueDate, b.dueDate));
}

/** Returns the stable key of a risk's review task for one due date. */
export function reviewActionKey(riskKey: string, dueDate: DateOnly): string {
  return `review-${riskKey}-${dueDate}`;
}

/**
 * Returns the date a review task is due, or undefined when the review has no date of its own.
 * A risk never reviewed or asking for a rescore gets no task, because a key built from today's
 * date would create a new task every day.
 */
export function reviewTaskDate(review: DueReview): DateOnly | undefined {
  if (review.reasons.includes('due')) return review.risk.nextReview;
  if (review.reasons.includes('acceptanceExpired')) return review.risk.acceptance?.until;
  return undefined;
}

/**
 * Builds one Must-have action per dated review that the action list lacks, for the risk owner
 * and due on the review date, so the next Planner push turns it into a task. The key is stable,
 * so a second run builds nothing for a review that already has its action.
 */
export function reviewActions(
  due: readonly DueReview[],
  existing: readonly Action[],
  titleOf: (risk: Risk) => string,
): Action[] {
  const keys = new Set(existing.map((action) => action.key));
  return due.flatMap((review) => {
    const { risk } = review;
    const dueDate = reviewTaskDate(review);
    if (!dueDate) return [];
    const key = reviewActionKey(risk.key, dueDate);
    if (keys.has(key)) return [];
    const action: Action = {
      key,
      title: titleOf(risk),
      description: '',
      riskKey: risk.key,
      domain: risk.domain,
      moscow: 'must',
      owner: risk.riskOwner,
      dueDate,
      status: 'open',
      percentComplete: 0,
    };
    return [action];
  });
}
