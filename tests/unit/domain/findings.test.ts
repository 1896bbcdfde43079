import { describe, expect, it } from 'vitest';

import {
  deriveFindings,
  findingsByBuildingBlock,
  findingsByDomain,
  type Finding,
} from '../../../src/domain/findings';
import { fte, gridRow, multiple, single } from '../content/answerFixtures';

function findingOf(findings: Finding[], ruleId: string): Finding {
  const finding = findings.find((candidate) => candidate.ruleId === ruleId);
  if (!finding)
    throw new Error(`no finding ${ruleId} among ${findings.map((f) => f.ruleId).join(', ')}`);
  return finding;
}

describe('deriveFindings', () => {
  it('weakens block 1 without a validated strategy', () => {
    const finding = findingOf(deriveFindings([single('q8', 'other')]), 'q8-no-validated-strategy');
    expect(finding.buildingBlocks).toEqual(['b1']);
    expect(finding.evidence).toEqual([{ questionId: 'q8', answerKey: 'other' }]);
  });

  it('finds nothing for a validated strategy', () => {
    expect(deriveFindings([single('q8', 'yes')])).toEqual([]);
  });

  it('compares an answer most besturen share', () => {
    const { comparison } = findingOf(
      deriveFindings([single('q8', 'no')]),
      'q8-no-validated-strategy',
    );
    expect(comparison.availability).toBe('figures');
    expect(comparison.percent).toBe(46);
    expect(comparison.worseThanMost).toBe(false);
    expect(comparison.sentence.nl).toBe(
      '46 % van de 144 antwoordde «Ja»; je bestuur antwoordde «Neen».',
    );
    expect(comparison.sentence.en).toBe(
      '46% of the 144 answered “Yes”; your local government answered “No”.',
    );
  });

  it('flags an answer worse than most', () => {
    const { comparison } = findingOf(
      deriveFindings([single('q7', 'no')]),
      'q7-no-policy-objectives',
    );
    expect(comparison.percent).toBe(85);
    expect(comparison.worseThanMost).toBe(true);
  });

  it('weakens blocks 1 and 4 without an action plan', () => {
    const finding = findingOf(deriveFindings([single('q9', 'no')]), 'q9-no-action-plan');
    expect(finding.buildingBlocks).toEqual(['b1', 'b4']);
  });

  it('relates the ICT officer outside the team to block 4', () => {
    const findings = deriveFindings([single('q6', 'no')]);
    const finding = findingOf(findings, 'q6-not-in-management-team');
    expect(finding.buildingBlocks).toEqual(['b4']);
    expect(finding.comparison.percent).toBe(49);
    expect(findings.map((f) => f.ruleId)).not.toContain('q6-agenda-only');
  });

  it('weakens block 2 without a recent risk analysis', () => {
    const findings = deriveFindings([single('q12', 'no'), multiple('q13', [])]);
    expect(findingOf(findings, 'q12-no-risk-analysis').buildingBlocks).toEqual(['b2']);
    // Question 13 asks about "this" risk analysis, so its rules need a risk analysis in question 12.
    expect(findings.filter((f) => f.ruleId.startsWith('q13-'))).toEqual([]);
  });

  it('points q15 judgements to their domain', () => {
    const findings = deriveFindings([
      gridRow('q15', 'd13', 'notControlled'),
      gridRow('q15', 'd7', 'majorWorkPoints'),
      gridRow('q15', 'd9', 'covered'),
    ]);
    const notControlled = findingOf(findings, 'q15-d13-not-controlled');
    expect(notControlled.domains).toEqual(['d13']);
    expect(notControlled.evidence).toEqual([
      { questionId: 'q15', rowKey: 'd13', answerKey: 'notControlled' },
    ]);
    expect(notControlled.comparison.percent).toBeCloseTo(69.91, 2);
    expect(findingOf(findings, 'q15-d7-major-work-points').comparison.percent).toBe(40.56);
    expect(findings.some((f) => f.domains.includes('d9'))).toBe(false);
  });

  it('points weak measures to their domains and block 3', () => {
    const findings = deriveFindings([gridRow('q16', 'continuityPlan', 'notAtAll')]);
    const finding = findingOf(findings, 'q16-continuityPlan-weak');
    expect(finding.buildingBlocks).toContain('b3');
    expect(finding.domains).toEqual(['d12', 'd8']);
    expect(finding.comparison.availability).toBe('none');
  });

  it('relates unmonitored external quality to block 5', () => {
    const findings = deriveFindings([gridRow('q16', 'externalQuality', 'limited')]);
    expect(findingOf(findings, 'q16-externalQuality-weak').buildingBlocks).toContain('b5');
  });

  it('keeps partial measures out of the findings', () => {
    expect(deriveFindings([gridRow('q16', 'externalQuality', 'partly')])).toEqual([]);
  });

  it('lists every unknown measure as evidence', () => {
    const findings = deriveFindings([
      gridRow('q16', 'securityPolicy', 'unknown'),
      gridRow('q16', 'patchManagement', 'unknown'),
    ]);
    const rows = findingOf(findings, 'q16-measures-not-assessed').evidence.map((e) => e.rowKey);
    expect(rows).toEqual(['securityPolicy', 'patchManagement']);
  });

  it('compares unticked q14 domains where the report has a share', () => {
    const findings = deriveFindings([multiple('q14', ['d7'])]);
    const cooperation = findingOf(findings, 'q14-d6-not-identified');
    expect(cooperation.evidence).toEqual([
      { questionId: 'q14', optionKey: 'd6', answerKey: 'notTicked' },
    ]);
    expect(cooperation.comparison.percent).toBe(58);
    expect(cooperation.comparison.sentence.nl).toMatch(
      /^58 % van de 144 duidde «Samenwerking met leveranciers en providers» aan; je bestuur niet\.$/,
    );
    expect(findingOf(findings, 'q14-d1-not-identified').comparison.availability).toBe('none');
    expect(findings.map((f) => f.ruleId)).not.toContain('q14-d7-not-identified');
  });

  it('leaves q14 alone when it is unanswered', () => {
    expect(deriveFindings([single('q11', 'yes')])).toEqual([]);
  });

  it('places less than one FTE in its band', () => {
    const finding = findingOf(deriveFindings([fte('q4', 0.5)]), 'q4-below-one-fte');
    expect(finding.evidence).toEqual([{ questionId: 'q4', answerKey: 'fte', fte: 0.5 }]);
    expect(finding.comparison.availability).toBe('bands');
    expect(finding.comparison.worseThanMost).toBe(true);
    expect(finding.comparison.sentence.nl).toBe(
      '33,33 % van de 144 viel in de groep «minder dan 1 VTE (een derde)»; je bestuur ook, met 0,5 VTE.',
    );
  });

  it('groups findings by block and domain', () => {
    const findings = deriveFindings([single('q9', 'no'), gridRow('q15', 'd8', 'notControlled')]);
    const byBlock = findingsByBuildingBlock(findings);
    expect(byBlock.get('b1')?.map((f) => f.ruleId)).toEqual(['q9-no-action-plan']);
    expect(byBlock.get('b4')?.map((f) => f.ruleId)).toEqual(['q9-no-action-plan']);
    expect(
      findingsByDomain(findings)
        .get('d8')
        ?.map((f) => f.ruleId),
    ).toEqual(['q15-d8-not-controlled']);
  });
});
