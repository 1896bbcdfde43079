import { describe, expect, it } from 'vitest';
import {
  judgeActionPlan,
  judgeAlignedWithGoals,
  judgeAnalysis,
  judgeChangesProcessed,
  judgeCurrent,
  judgeDocumented,
  judgeTailored,
  shareStatus,
  type AnalysisEvidence,
} from '../../../src/domain/analysisConditions';
import type { Action, Answer, Risk } from '../../../src/domain/model';

const TODAY = '2026-12-04';

function risk(key: string, init: Partial<Risk> = {}): Risk {
  return {
    key,
    title: `Risico ${key}`,
    description: 'Wat er kan gebeuren',
    domain: 'd7',
    cause: 'Waarom',
    likelihood: 3,
    impact: 3,
    status: 'open',
    origin: 'finding',
    nextReview: '2027-06-01',
    modified: '2026-11-20T10:00:00Z',
    ...init,
  };
}

function action(key: string, init: Partial<Action> = {}): Action {
  return {
    key,
    title: `Actie ${key}`,
    description: '',
    moscow: 'must',
    dueDate: '2027-03-01',
    status: 'open',
    percentComplete: 0,
    ...init,
  };
}

function single(questionId: 'q7' | 'q8', choice: string, modified?: string): Answer {
  return {
    key: `round:${questionId}`,
    roundKey: 'round',
    questionId,
    value: { kind: 'single', choice },
    modified,
  };
}

function evidence(init: Partial<AnalysisEvidence> = {}): AnalysisEvidence {
  return { today: TODAY, risks: [], actions: [], answers: [], ...init };
}

function factKeys(verdict: { facts: { key: string }[] }): string[] {
  return verdict.facts.map((fact) => fact.key);
}

describe('shareStatus', () => {
  it.each([
    [4, 4, 'met'],
    [2, 4, 'partlyMet'],
    [1, 4, 'notMet'],
    [0, 0, 'notMet'],
  ])('judges %i of %i as %s', (part, whole, status) => {
    expect(shareStatus(part, whole)).toBe(status);
  });
});

describe('current', () => {
  it('is met when every risk is reviewed within its cycle', () => {
    const verdict = judgeCurrent(
      evidence({ risks: [risk('r1'), risk('r2', { nextReview: TODAY })] }),
    );

    expect(verdict.status).toBe('met');
  });

  it('is not met when reviews are overdue or missing', () => {
    const verdict = judgeCurrent(
      evidence({
        risks: [
          risk('r1', { nextReview: '2026-12-03' }),
          risk('r2', { nextReview: undefined }),
          risk('r3'),
        ],
      }),
    );

    expect(verdict.status).toBe('notMet');
    expect(factKeys(verdict)).toEqual(['reviewedInCycle', 'withoutReviewDate', 'reviewOverdue']);
    expect(verdict.facts[0]!.params).toEqual({ count: 1, total: 3, percent: 33 });
  });

  it('is not met without risks', () => {
    expect(judgeCurrent(evidence()).status).toBe('notMet');
  });
});

describe('tailored', () => {
  it('is met when no risk is a bare catalogue entry', () => {
    const verdict = judgeTailored(
      evidence({ risks: [risk('r1'), risk('r2', { origin: 'typeStep' })] }),
    );

    expect(verdict.status).toBe('met');
    expect(factKeys(verdict)).toContain('originOnly');
  });

  it('is not met when the register is mostly catalogue', () => {
    const verdict = judgeTailored(
      evidence({
        risks: [
          risk('r1', { origin: 'catalogue' }),
          risk('r2', { origin: 'catalogue' }),
          risk('r3'),
        ],
      }),
    );

    expect(verdict.status).toBe('notMet');
    expect(factKeys(verdict)).toContain('catalogueOnly');
  });
});

describe('alignedWithGoals', () => {
  it('is met when questions 7 and 8 are both yes', () => {
    const verdict = judgeAlignedWithGoals(
      evidence({ answers: [single('q7', 'yes'), single('q8', 'yes')] }),
    );

    expect(verdict.status).toBe('met');
  });

  it('is partly met when only one is yes', () => {
    const verdict = judgeAlignedWithGoals(
      evidence({ answers: [single('q7', 'yes'), single('q8', 'no')] }),
    );

    expect(verdict.status).toBe('partlyMet');
  });

  it('is not met when both are no', () => {
    const verdict = judgeAlignedWithGoals(
      evidence({ answers: [single('q7', 'no'), single('q8', 'no')] }),
    );

    expect(verdict.status).toBe('notMet');
  });

  it('is unknown when neither is answered', () => {
    const verdict = judgeAlignedWithGoals(evidence());

    expect(verdict.status).toBe('unknown');
    expect(factKeys(verdict)).toEqual(['goalsUnanswered', 'strategyUnanswered']);
  });
});

describe('changesProcessed', () => {
  it('is met when risks changed recently and after the answers', () => {
    const verdict = judgeChangesProcessed(
      evidence({ risks: [risk('r1')], answers: [single('q7', 'yes', '2026-10-01T08:00:00Z')] }),
    );

    expect(verdict.status).toBe('met');
    expect(factKeys(verdict)).toEqual(['changedRecently', 'outsideChangesUnseen']);
  });

  it('is partly met when the self-assessment changed after the risks', () => {
    const verdict = judgeChangesProcessed(
      evidence({ risks: [risk('r1')], answers: [single('q7', 'no', '2026-12-01T08:00:00Z')] }),
    );

    expect(verdict.status).toBe('partlyMet');
    expect(factKeys(verdict)).toContain('answersNewer');
  });

  it('is not met when no risk changed in 90 days', () => {
    const verdict = judgeChangesProcessed(
      evidence({ risks: [risk('r1', { modified: '2026-09-04T10:00:00Z' })] }),
    );

    expect(verdict.status).toBe('notMet');
    expect(factKeys(verdict)).toContain('notChangedRecently');
  });
});

describe('documented', () => {
  it('is met when every risk has a description and a cause', () => {
    expect(judgeDocumented(evidence({ risks: [risk('r1')] })).status).toBe('met');
  });

  it('is not met when risks lack a cause', () => {
    const verdict = judgeDocumented(
      evidence({
        risks: [risk('r1', { cause: ' ' }), risk('r2', { description: '' }), risk('r3')],
      }),
    );

    expect(verdict.status).toBe('notMet');
    expect(verdict.facts[0]!.params).toEqual({ count: 1, total: 3, percent: 33 });
  });
});

describe('actionPlan', () => {
  it('is met with due dates and a target date', () => {
    const verdict = judgeActionPlan(
      evidence({
        actions: [action('a1'), action('a2', { moscow: 'wont', dueDate: undefined })],
        targetDate: '2027-06-30',
      }),
    );

    expect(verdict.status).toBe('met');
    expect(verdict.facts.find((fact) => fact.key === 'dueDateShare')!.params).toEqual({
      count: 1,
      total: 1,
      percent: 100,
    });
  });

  it('is partly met without a target date', () => {
    const verdict = judgeActionPlan(evidence({ actions: [action('a1')] }));

    expect(verdict.status).toBe('partlyMet');
    expect(factKeys(verdict)).toContain('targetDateMissing');
  });

  it('is not met without actions', () => {
    expect(judgeActionPlan(evidence({ targetDate: '2027-06-30' })).status).toBe('notMet');
  });
});

describe('judgeAnalysis', () => {
  it('returns the six conditions in order', () => {
    expect(judgeAnalysis(evidence()).map((verdict) => verdict.id)).toEqual([
      'current',
      'tailored',
      'alignedWithGoals',
      'changesProcessed',
      'documented',
      'actionPlan',
    ]);
  });
});
