import { describe, expect, it } from 'vitest';
import {
  assessRisk,
  assessView,
  currentAssessment,
  levelOfScore,
  maxScoreOf,
  riskMatrix,
  riskScore,
  tryAssessRisk,
} from '../../../src/domain/riskScore';

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(3, 4)).toBe(12);
  });

  it.each([
    [0, 3],
    [6, 3],
    [2.5, 3],
    [3, 0],
  ])('rejects likelihood %s with impact %s', (likelihood, impact) => {
    expect(() => riskScore(likelihood, impact)).toThrow(RangeError);
  });
});

describe('levelOfScore', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [17, 'critical'],
    [20, 'critical'],
    [25, 'critical'],
  ] as const)('puts score %i in level %s', (score, level) => {
    expect(levelOfScore(score)).toBe(level);
  });

  it('gives each level its highest score', () => {
    expect(maxScoreOf('low')).toBe(4);
    expect(maxScoreOf('medium')).toBe(9);
    expect(maxScoreOf('high')).toBe(16);
    expect(maxScoreOf('critical')).toBe(25);
  });
});

describe('assessRisk', () => {
  it('scores 4 × 4 as high and 4 × 5 as critical', () => {
    expect(assessRisk(4, 4)).toEqual({ score: 16, level: 'high' });
    expect(assessRisk(4, 5)).toEqual({ score: 20, level: 'critical' });
  });

  it('returns undefined for stored values off the scale', () => {
    expect(tryAssessRisk(0, 5)).toBeUndefined();
  });
});

describe('riskMatrix', () => {
  it('has five rows of five cells, likelihood 5 first', () => {
    const rows = riskMatrix();
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[0]?.[0]).toMatchObject({ likelihood: 5, impact: 1, score: 5, level: 'medium' });
    expect(rows[4]?.[4]).toMatchObject({ likelihood: 1, impact: 5, score: 5, level: 'medium' });
  });
});

describe('residual scoring', () => {
  const inherent = { likelihood: 4, impact: 5 };

  it('scores the inherent view from the likelihood and impact before controls', () => {
    expect(assessView(inherent, 'inherent')).toEqual({ score: 20, level: 'critical' });
  });

  it('leaves the residual view empty until it is scored', () => {
    expect(assessView(inherent, 'residual')).toBeUndefined();
    expect(currentAssessment(inherent)).toEqual({ score: 20, level: 'critical' });
  });

  it('uses the residual score as the current one', () => {
    const scored = { ...inherent, residualLikelihood: 2, residualImpact: 2 };
    expect(assessView(scored, 'residual')).toEqual({ score: 4, level: 'low' });
    expect(currentAssessment(scored)).toEqual({ score: 4, level: 'low' });
  });

  it('puts the residual boundary 5 in medium', () => {
    expect(
      assessView({ ...inherent, residualLikelihood: 1, residualImpact: 5 }, 'residual'),
    ).toEqual({ score: 5, level: 'medium' });
  });
});
