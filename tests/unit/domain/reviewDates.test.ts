import { describe, expect, it } from 'vitest';
import type { Action, Risk } from '../../../src/domain/model';
import {
  acceptanceExpired,
  dueReviews,
  nextReviewDate,
  recordReview,
  rescoreRequested,
  reviewActionKey,
  reviewActions,
  reviewCycles,
  reviewOverdue,
} from '../../../src/domain/reviewDates';

const TODAY = '2026-12-04';

function risk(patch: Partial<Risk> = {}): Risk {
  return {
    key: 'r1',
    title: 'Back-ups worden niet getest',
    description: '',
    domain: 'd12',
    cause: '',
    likelihood: 5,
    impact: 4,
    status: 'open',
    origin: 'own',
    ...patch,
  };
}

function action(patch: Partial<Action> = {}): Action {
  return {
    key: 'a1',
    title: 'Herstel testen',
    description: '',
    riskKey: 'r1',
    moscow: 'must',
    status: 'done',
    percentComplete: 100,
    ...patch,
  };
}

describe('nextReviewDate', () => {
  it.each([
    ['critical', 5, 4, '2027-03-04'],
    ['high', 3, 4, '2027-06-02'],
    ['medium', 2, 3, '2027-11-29'],
    ['low', 1, 2, '2027-11-29'],
  ] as const)('follows the %s cycle', (_level, likelihood, impact, expected) => {
    expect(nextReviewDate(risk({ likelihood, impact }), TODAY)).toBe(expected);
  });

  it('uses the residual level once scored', () => {
    const scored = risk({ residualLikelihood: 1, residualImpact: 2 });
    expect(nextReviewDate(scored, TODAY)).toBe('2027-11-29');
  });

  it('follows a custom cycle', () => {
    const cycles = reviewCycles({ critical: 30 });
    expect(nextReviewDate(risk(), TODAY, cycles)).toBe('2027-01-03');
    expect(cycles.high).toBe(180);
  });

  it('ignores a cycle that is not whole days', () => {
    expect(reviewCycles({ high: 0, low: 2.5 })).toEqual(reviewCycles());
  });

  it('lands on 28 February from 30 November 2027', () => {
    expect(nextReviewDate(risk(), '2027-11-30')).toBe('2028-02-28');
  });

  it('lands on leap day from 1 December 2027', () => {
    expect(nextReviewDate(risk(), '2027-12-01')).toBe('2028-02-29');
  });

  it('crosses a month end of 31 days', () => {
    expect(nextReviewDate(risk(), '2027-01-31')).toBe('2027-05-01');
  });
});

describe('recordReview', () => {
  it('sets last review to today and the next from the cycle', () => {
    const reviewed = recordReview(risk(), TODAY);
    expect(reviewed.lastReview).toBe(TODAY);
    expect(reviewed.nextReview).toBe('2027-03-04');
  });
});

describe('acceptanceExpired', () => {
  const accepted = (until: string) =>
    risk({ treatment: 'accept', acceptance: { reason: 'Kost te hoog', until } });

  it('is false on the last day of the acceptance', () => {
    expect(acceptanceExpired(accepted(TODAY), TODAY)).toBe(false);
  });

  it('is true the day after', () => {
    expect(acceptanceExpired(accepted('2026-12-03'), TODAY)).toBe(true);
  });

  it('is false for a treatment other than accept', () => {
    const reduced = { ...accepted('2026-01-01'), treatment: 'reduce' as const };
    expect(acceptanceExpired(reduced, TODAY)).toBe(false);
  });
});

describe('reviewOverdue', () => {
  it('is false on the review date itself', () => {
    expect(reviewOverdue(risk({ nextReview: TODAY }), TODAY)).toBe(false);
  });

  it('is true after the review date', () => {
    expect(reviewOverdue(risk({ nextReview: '2026-12-03' }), TODAY)).toBe(true);
  });

  it('is false for a closed risk', () => {
    expect(reviewOverdue(risk({ nextReview: '2026-01-01', status: 'closed' }), TODAY)).toBe(false);
  });
});

describe('rescoreRequested', () => {
  it('asks when every action is done', () => {
    expect(rescoreRequested(risk(), [action()])).toBe(true);
  });

  it('does not ask while an action is open', () => {
    expect(rescoreRequested(risk(), [action(), action({ key: 'a2', status: 'open' })])).toBe(false);
  });

  it('does not ask without actions', () => {
    expect(rescoreRequested(risk(), [])).toBe(false);
  });

  it('stops asking after a review later than the last change', () => {
    const reviewed = risk({ lastReview: '2026-12-02' });
    expect(rescoreRequested(reviewed, [action({ modified: '2026-12-01T10:00:00Z' })])).toBe(false);
    expect(rescoreRequested(reviewed, [action({ modified: '2026-12-03T10:00:00Z' })])).toBe(true);
  });
});

describe('dueReviews', () => {
  it('lists due, unreviewed, expired and rescore risks, earliest first', () => {
    const risks = [
      risk({ key: 'later', nextReview: '2027-05-01' }),
      risk({ key: 'due', nextReview: '2026-11-01' }),
      risk({ key: 'never' }),
      risk({
        key: 'expired',
        nextReview: '2027-05-01',
        treatment: 'accept',
        acceptance: { reason: 'x', until: '2026-12-01' },
      }),
      risk({ key: 'closed', status: 'closed' }),
    ];
    const due = dueReviews(risks, [], TODAY);
    expect(due.map((entry) => entry.risk.key)).toEqual(['due', 'never', 'expired']);
    expect(due[1]!.reasons).toEqual(['never']);
    expect(due[2]!.reasons).toEqual(['acceptanceExpired']);
  });
});

describe('reviewActions', () => {
  const owner = { id: 'u1', userPrincipalName: 'an@x.be', displayName: 'An' };
  const due = dueReviews([risk({ nextReview: '2026-12-01', riskOwner: owner })], [], TODAY);

  it('builds a Must-have action for the owner due on the review date', () => {
    const [built] = reviewActions(due, [], (r) => `Risico herbekijken: ${r.title}`);
    expect(built!.key).toBe('review-r1-2026-12-01');
    expect(built!.moscow).toBe('must');
    expect(built!.owner).toEqual(owner);
    expect(built!.dueDate).toBe('2026-12-01');
  });

  it('builds no task for a risk never reviewed', () => {
    const never = dueReviews([risk()], [], TODAY);
    expect(reviewActions(never, [], (r) => r.title)).toEqual([]);
  });

  it('dates an expired acceptance on its end', () => {
    const expired = risk({
      nextReview: '2027-06-01',
      treatment: 'accept',
      acceptance: { reason: 'x', until: '2026-11-30' },
    });
    const [built] = reviewActions(dueReviews([expired], [], TODAY), [], (r) => r.title);
    expect(built!.key).toBe('review-r1-2026-11-30');
  });

  it('builds nothing twice', () => {
    const existing = [action({ key: reviewActionKey('r1', '2026-12-01') })];
    expect(reviewActions(due, existing, (r) => r.title)).toEqual([]);
  });
});
