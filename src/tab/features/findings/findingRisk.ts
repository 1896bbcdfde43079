/** Turns a finding into a new risk for the register. */
import type { RiskDomainId } from '../../../content/model';
import type { Finding } from '../../../domain/findings';
import type { Risk, Round } from '../../../domain/model';
import { translate } from '../../i18n/messages';
import { describeEvidence } from './evidenceText';
import { findingsMessages } from './messages';

/**
 * The domain of a risk from a finding that names none, such as having no risk analysis at all:
 * strategic ICT management (ICT governance), where the report places the steering of ICT risks.
 */
export const FALLBACK_DOMAIN: RiskDomainId = 'd1';

/** Returns the client key of the risk made from a rule, so adding it twice finds the first one. */
export function findingRiskKey(ruleId: string): string {
  return `risk-finding-${ruleId}`;
}

/**
 * Builds the risk in Dutch, the register's language. Likelihood and impact start in the middle
 * (3 of 5) because a finding shows that a risk exists, not how large it is.
 */
export function riskFromFinding(finding: Finding, round: Round): Risk {
  const evidence = finding.evidence.map((item) => describeEvidence(item).nl).join('; ');
  return {
    key: findingRiskKey(finding.ruleId),
    title: finding.finding.nl,
    description: finding.reason.nl,
    domain: finding.domains[0] ?? FALLBACK_DOMAIN,
    cause: translate(findingsMessages, 'nl', 'cause', { round: round.name, evidence }),
    likelihood: 3,
    impact: 3,
    status: 'open',
    origin: 'finding',
    originRef: finding.ruleId,
  };
}
