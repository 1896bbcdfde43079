/** Finds the records that name a governance record, so a delete never leaves them dangling. */
import type { GovernanceData, PartyRef, RecordRef } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';

/** The records and risks that refer to one governance record. */
export interface RecordReferences {
  records: RecordRef[];
  risks: Risk[];
}

function namesPartner(party: PartyRef | undefined, partnerKey: string): boolean {
  return party?.kind === 'partner' && party.partnerKey === partnerKey;
}

function assetReferences(data: GovernanceData, key: string): RecordRef[] {
  return [
    ...data.contracts
      .filter((entry) => entry.assetKeys.includes(key))
      .map((entry) => ({ type: 'contract' as const, key: entry.key })),
    ...data.dataOwnership
      .filter((entry) => entry.assetKeys.includes(key))
      .map((entry) => ({ type: 'dataOwnership' as const, key: entry.key })),
    ...data.roles
      .filter((entry) => entry.assetKey === key)
      .map((entry) => ({ type: 'role' as const, key: entry.key })),
    ...data.duties
      .filter((entry) => entry.assetKeys.includes(key) || entry.interfaceAssetKeys?.includes(key))
      .map((entry) => ({ type: 'duty' as const, key: entry.key })),
    ...data.access
      .filter((entry) => entry.assetKeys.includes(key))
      .map((entry) => ({ type: 'access' as const, key: entry.key })),
  ];
}

function partnerReferences(data: GovernanceData, key: string): RecordRef[] {
  return [
    ...data.contracts
      .filter((entry) => namesPartner(entry.client, key) || namesPartner(entry.supplier, key))
      .map((entry) => ({ type: 'contract' as const, key: entry.key })),
    ...data.dataOwnership
      .filter((entry) => namesPartner(entry.owner, key))
      .map((entry) => ({ type: 'dataOwnership' as const, key: entry.key })),
    ...data.roles
      .filter((entry) => namesPartner(entry.from, key) || namesPartner(entry.to, key))
      .map((entry) => ({ type: 'role' as const, key: entry.key })),
    ...data.duties
      .filter(
        (entry) =>
          namesPartner(entry.lead?.party, key) ||
          entry.statements.some(
            (statement) =>
              namesPartner(statement.party, key) ||
              (statement.claim.kind === 'otherParty' && namesPartner(statement.claim.party, key)),
          ),
      )
      .map((entry) => ({ type: 'duty' as const, key: entry.key })),
    ...data.access
      .filter((entry) => entry.partnerKey === key)
      .map((entry) => ({ type: 'access' as const, key: entry.key })),
    ...data.dependencies
      .filter((entry) => entry.partnerKey === key || namesPartner(entry.dependsOn, key))
      .map((entry) => ({ type: 'dependency' as const, key: entry.key })),
  ];
}

function contractReferences(data: GovernanceData, key: string): RecordRef[] {
  return [
    ...data.roles
      .filter((entry) => entry.contractKey === key)
      .map((entry) => ({ type: 'role' as const, key: entry.key })),
    ...data.duties
      .filter((entry) => entry.lead?.contractKey === key)
      .map((entry) => ({ type: 'duty' as const, key: entry.key })),
    ...data.dependencies
      .filter((entry) => entry.contractKey === key)
      .map((entry) => ({ type: 'dependency' as const, key: entry.key })),
  ];
}

/**
 * Returns every record and risk that names the target. Only assets, partners and contracts are
 * named by other records; the other types are leaves, so nothing refers to them.
 */
export function findReferences(
  data: GovernanceData,
  risks: readonly Risk[],
  target: RecordRef,
): RecordReferences {
  switch (target.type) {
    case 'asset':
      return {
        records: assetReferences(data, target.key),
        risks: risks.filter((risk) => risk.assetKeys?.includes(target.key)),
      };
    case 'partner':
      return {
        records: partnerReferences(data, target.key),
        risks: risks.filter((risk) => risk.partnerKeys?.includes(target.key)),
      };
    case 'contract':
      return { records: contractReferences(data, target.key), risks: [] };
    default:
      return { records: [], risks: [] };
  }
}
