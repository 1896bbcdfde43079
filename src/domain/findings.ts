/** Findings (Toetsing, Zwakke punten): the weak points that one round's answers point to. */
import { findingRules } from '../content/findingRules';
import type {
  BuildingBlockId,
  FindingRule,
  LocalizedText,
  ReportPlace,
  RiskDomainId,
} from '../content/model';
import { indexAnswers } from './answerIndex';
import { compareFinding, type FindingComparison } from './findingComparison';
import { evaluateCondition, type FindingEvidence } from './findingConditions';
import type { Answer } from './model';

export type { FindingComparison } from './findingComparison';
export { FTE_ANSWER, NOT_TICKED, type FindingEvidence } from './findingConditions';

/** One weak point, traced to the answers behind it. */
export interface Finding {
  ruleId: string;
  buildingBlocks: BuildingBlockId[];
  domains: RiskDomainId[];
  finding: LocalizedText;
  reason: LocalizedText;
  source: ReportPlace;
  evidence: FindingEvidence[];
  comparison: FindingComparison;
}

/** Applies the finding rules to the answers of one round; pass only that round's answers. */
export function deriveFindings(
  answers: readonly Answer[],
  rules: readonly FindingRule[] = findingRules,
): Finding[] {
  const index = indexAnswers(answers);
  const findings: Finding[] = [];

  for (const rule of rules) {
    const evidence = evaluateCondition(rule.condition, index);
    if (!evidence) continue;
    findings.push({
      ruleId: rule.id,
      buildingBlocks: rule.buildingBlocks,
      domains: rule.domains,
      finding: rule.finding,
      reason: rule.reason,
      source: rule.source,
      evidence,
      comparison: compareFinding(rule.comparison, evidence),
    });
  }
  return findings;
}

/** Groups findings by the building block they weaken; a finding with two blocks appears under both. */
export function findingsByBuildingBlock(
  findings: readonly Finding[],
): Map<BuildingBlockId, Finding[]> {
  const groups = new Map<BuildingBlockId, Finding[]>();
  for (const finding of findings) {
    for (const block of finding.buildingBlocks)
      groups.set(block, [...(groups.get(block) ?? []), finding]);
  }
  return groups;
}

/** Groups findings by the risk domain they point to; findings without a domain are left out. */
export function findingsByDomain(findings: readonly Finding[]): Map<RiskDomainId, Finding[]> {
  const groups = new Map<RiskDomainId, Finding[]>();
  for (const finding of findings) {
    for (const domain of finding.domains)
      groups.set(domain, [...(groups.get(domain) ?? []), finding]);
  }
  return groups;
}
