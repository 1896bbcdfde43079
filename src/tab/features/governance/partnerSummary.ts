/** Everything that concerns one partner, and what the bestuur expects of it, as rows to show or export. */
import { roleKinds } from '../../../content/governance';
import { dutyName } from '../../../domain/governance/flag';
import type { Asset, Contract, Duty, DutyClaim, PartyRef } from '../../../domain/governance/model';
import { sameParty } from '../../../domain/governance/parties';
import type { Action, Risk } from '../../../domain/model';
import { pickText, type Locale } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { partyLabel, termLabel } from './labels';
import type { GovernanceSnapshot } from './useGovernance';

/** One expectation: what kind of thing, about what, and the details. */
export interface Expectation {
  kind: 'role' | 'duty' | 'contract';
  subject: string;
  detail: string;
}

/** The records of one partner. */
export interface PartnerSummary {
  assets: Asset[];
  contracts: Contract[];
  duties: Duty[];
  risks: Risk[];
  openActions: Action[];
  expectations: Expectation[];
}

function dutyConcerns(duty: Duty, party: PartyRef): boolean {
  return duty.statements.some(
    (statement) =>
      sameParty(statement.party, party) ||
      (statement.claim.kind === 'otherParty' && sameParty(statement.claim.party, party)),
  );
}

/** Collects a partner's assets, contracts, duties, risks, open actions and expectations. */
export function summarisePartner(
  snapshot: GovernanceSnapshot,
  partnerKey: string,
  locale: Locale,
  describeClaim: (claim: DutyClaim) => string,
): PartnerSummary {
  const { data } = snapshot;
  const party: PartyRef = { kind: 'partner', partnerKey };
  const contracts = data.contracts.filter(
    (contract) => sameParty(contract.supplier, party) || sameParty(contract.client, party),
  );
  const roles = data.roles.filter((role) => sameParty(role.to, party));
  const assetKeys = new Set([
    ...roles.map((role) => role.assetKey),
    ...contracts.flatMap((contract) => contract.assetKeys),
  ]);
  const assets = data.assets.filter((asset) => assetKeys.has(asset.key));
  const duties = data.duties.filter((duty) => dutyConcerns(duty, party));
  const risks = snapshot.risks.filter(
    (risk) =>
      risk.partnerKeys?.includes(partnerKey) || risk.assetKeys?.some((key) => assetKeys.has(key)),
  );
  const riskKeys = new Set(risks.map((risk) => risk.key));
  const contractPrefixes = contracts.map((contract) => `contract-${contract.key}-`);
  const openActions = snapshot.actions.filter(
    (action) =>
      action.status === 'open' &&
      ((action.riskKey !== undefined && riskKeys.has(action.riskKey)) ||
        contractPrefixes.some((prefix) => action.key.startsWith(prefix))),
  );

  const assetName = (key: string) => data.assets.find((asset) => asset.key === key)?.name ?? key;
  const expectations: Expectation[] = [
    ...roles.map((role) => ({
      kind: 'role' as const,
      subject: assetName(role.assetKey),
      detail: `${termLabel(roleKinds, role.role, locale)} (${partyLabel(data, role.from, locale)})`,
    })),
    ...duties.map((duty) => ({
      kind: 'duty' as const,
      subject: pickText(dutyName(data, duty), locale),
      detail: duty.statements
        .filter((statement) => sameParty(statement.party, party))
        .map((statement) => describeClaim(statement.claim))
        .join(', '),
    })),
    ...contracts.map((contract) => ({
      kind: 'contract' as const,
      subject: contract.title,
      detail: contract.endDate ? formatDate(contract.endDate, locale) : '',
    })),
  ];
  return { assets, contracts, duties, risks, openActions, expectations };
}
