import { describe, expect, it } from 'vitest';
import { analyseGaps, controlStrength } from '../../../src/domain/gapAnalysis';
import type { Control, Risk } from '../../../src/domain/model';

function risk(key: string, init: Partial<Risk> = {}): Risk {
  return {
    key,
    title: `Risico ${key}`,
    description: '',
    domain: 'd7',
    cause: '',
    likelihood: 3,
    impact: 3,
    status: 'open',
    origin: 'own',
    ...init,
  };
}

function control(key: string, riskKeys: string[], level?: string): Control {
  return { key, title: `Maatregel ${key}`, description: '', domains: ['d7'], riskKeys, level };
}

describe('controlStrength', () => {
  it.each([
    ['goodPractice', 'effective'],
    ['largely', 'effective'],
    ['partly', 'effective'],
    ['limited', 'weak'],
    ['notAtAll', 'weak'],
    ['unknown', 'unassessed'],
    [undefined, 'unassessed'],
  ])('classifies %s as %s', (level, strength) => {
    expect(controlStrength(level)).toBe(strength);
  });
});

describe('analyseGaps', () => {
  it('flags a risk without any control as uncovered', () => {
    const result = analyseGaps([risk('r1')], []);

    expect(result.riskGaps).toHaveLength(1);
    expect(result.riskGaps[0]!.kind).toBe('uncovered');
  });

  it('flags a risk with only weak controls', () => {
    const result = analyseGaps(
      [risk('r1')],
      [control('c1', ['r1'], 'limited'), control('c2', ['r1'], 'notAtAll')],
    );

    expect(result.riskGaps[0]!.kind).toBe('weakOnly');
    expect(result.riskGaps[0]!.controls.map((c) => c.key)).toEqual(['c1', 'c2']);
  });

  it('flags weak plus unknown controls as unassessed', () => {
    const result = analyseGaps(
      [risk('r1')],
      [control('c1', ['r1'], 'limited'), control('c2', ['r1'], 'unknown')],
    );

    expect(result.riskGaps[0]!.kind).toBe('unassessed');
  });

  it('counts a partly implemented control as covering', () => {
    const result = analyseGaps(
      [risk('r1')],
      [control('c1', ['r1'], 'notAtAll'), control('c2', ['r1'], 'partly')],
    );

    expect(result.riskGaps).toEqual([]);
    expect(result.coveredRisks.map((r) => r.key)).toEqual(['r1']);
  });

  it('skips closed and accepted risks', () => {
    const result = analyseGaps(
      [risk('r1', { status: 'closed' }), risk('r2', { status: 'accepted' })],
      [],
    );

    expect(result.riskGaps).toEqual([]);
    expect(result.skippedRisks.map((r) => r.key)).toEqual(['r1', 'r2']);
  });

  it('lists a control that covers no risk', () => {
    const result = analyseGaps([risk('r1')], [control('c1', []), control('c2', ['r1'], 'largely')]);

    expect(result.idleControls.map((c) => c.key)).toEqual(['c1']);
  });

  it('treats a link to a deleted risk as covering nothing', () => {
    const result = analyseGaps([risk('r1')], [control('c1', ['gone'], 'largely')]);

    expect(result.idleControls.map((c) => c.key)).toEqual(['c1']);
    expect(result.riskGaps[0]!.kind).toBe('uncovered');
  });
});
