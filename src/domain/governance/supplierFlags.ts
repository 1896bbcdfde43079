/** Flags on suppliers: work done by parties the bestuur has no contract with, and ownerless interfaces. */
import type { LocalizedText } from '../../content/model';
import type { RoleChain } from './chain';
import { describeRoleChain } from './chainText';
import { assetName, type GovernanceFlag } from './flag';
import type { Duty, GovernanceData, PartyRef, PrivilegedAccess, RecordRef } from './model';
import {
  capitalise,
  joinNames,
  organisationHasAgreementWith,
  partnerParty,
  partyId,
  partyName,
} from './parties';
import { dutyHasOwner } from './dutyFlags';

function partyRef(party: PartyRef): RecordRef[] {
  return party.kind === 'partner' ? [{ type: 'partner', key: party.partnerKey }] : [];
}

/** Flags a resolved chain whose doer, a partner, has no contract with the bestuur. */
export function chainContractFlag(data: GovernanceData, chain: RoleChain): GovernanceFlag | null {
  if (chain.status !== 'resolved' || !chain.doer) return null;
  if (organisationHasAgreementWith(data, chain.doer)) return null;

  const missing = chain.parties.filter((party) => !organisationHasAgreementWith(data, party));
  const names = joinNames(missing.map((party) => partyName(data, party)));
  const doer = partyName(data, chain.doer);
  const asset = assetName(data, chain.assetKey);
  return {
    code: 'chain-without-contract',
    records: [
      { type: 'asset', key: chain.assetKey },
      ...chain.links.map((link): RecordRef => ({ type: 'role', key: link.assignmentKey })),
      ...missing.flatMap(partyRef),
    ],
    message: {
      nl: `${capitalise(doer.nl)} doet het werk voor ${asset}, maar het bestuur heeft geen contract met ${names.nl}. ${describeRoleChain(data, chain).nl}`,
      en: `${capitalise(doer.en)} does the work for ${asset}, but the local government has no contract with ${names.en}. ${describeRoleChain(data, chain).en}`,
    },
  };
}

/** Flags a chain that hands its role back to a party already in it. */
export function chainCycleFlag(data: GovernanceData, chain: RoleChain): GovernanceFlag | null {
  if (chain.status !== 'cycle' || !chain.cycleLink) return null;
  const links = [...chain.links, chain.cycleLink];
  return {
    code: 'chain-cycle',
    records: [
      { type: 'asset', key: chain.assetKey },
      ...links.map((link): RecordRef => ({ type: 'role', key: link.assignmentKey })),
    ],
    message: describeRoleChain(data, chain),
  };
}

/** Returns every party a partner's own security rests on, through dependencies to any depth. */
export function securityDependencies(data: GovernanceData, partnerKey: string): PartyRef[] {
  const found = new Map<string, PartyRef>();
  const queue = [partnerKey];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (visited.has(current)) continue;
    visited.add(current);

    const dependencies = data.dependencies.filter(
      (entry) => entry.partnerKey === current && entry.roles.includes('secure'),
    );
    for (const dependency of dependencies) {
      found.set(partyId(dependency.dependsOn), dependency.dependsOn);
      if (dependency.dependsOn.kind === 'partner') queue.push(dependency.dependsOn.partnerKey);
    }
  }
  return [...found.values()];
}

/** Flags privileged access by a partner whose security rests on a party without agreement. */
export function privilegedAccessFlag(
  data: GovernanceData,
  access: PrivilegedAccess,
): GovernanceFlag | null {
  const unchecked = securityDependencies(data, access.partnerKey).filter(
    (party) => !organisationHasAgreementWith(data, party),
  );
  if (unchecked.length === 0 || access.kinds.length === 0) return null;

  const partner = partyName(data, partnerParty(access.partnerKey));
  const names = joinNames(unchecked.map((party) => partyName(data, party)));
  const rights = accessRights(access);
  return {
    code: 'privileged-access-unknown-subcontractor',
    records: [
      { type: 'access', key: access.key },
      { type: 'partner', key: access.partnerKey },
      ...unchecked.flatMap(partyRef),
    ],
    message: {
      nl: `${capitalise(partner.nl)} heeft ${rights.nl} bij het bestuur, maar de beveiliging van ${partner.nl} rust op ${names.nl}, waarmee het bestuur geen afspraak heeft.`,
      en: `${capitalise(partner.en)} has ${rights.en} at the local government, but the security of ${partner.en} rests on ${names.en}, with whom the local government has no agreement.`,
    },
  };
}

function accessRights(access: PrivilegedAccess): LocalizedText {
  const labels: Record<PrivilegedAccess['kinds'][number], LocalizedText> = {
    remoteControl: { nl: 'overname op afstand', en: 'remote control' },
    administrator: { nl: 'administratorrechten', en: 'administrator rights' },
  };
  return joinNames(access.kinds.map((kind) => labels[kind]));
}

function suppliersOf(data: GovernanceData, assetKey: string): PartyRef[] {
  const found = new Map<string, PartyRef>();
  for (const contract of data.contracts) {
    if (contract.assetKeys.includes(assetKey))
      found.set(partyId(contract.supplier), contract.supplier);
  }
  return [...found.values()];
}

function applicationLabel(data: GovernanceData, assetKey: string): LocalizedText {
  const name = assetName(data, assetKey);
  const suppliers = suppliersOf(data, assetKey).map((party) => partyName(data, party));
  if (suppliers.length === 0) return { nl: name, en: name };
  const list = joinNames(suppliers);
  return { nl: `${name} van ${list.nl}`, en: `${name} from ${list.en}` };
}

/** Flags an interface between two applications that no party states it owns. */
export function interfaceOwnerFlag(data: GovernanceData, duty: Duty): GovernanceFlag | null {
  if (duty.kind !== 'interface' || dutyHasOwner(duty)) return null;
  const [first, second] = duty.interfaceAssetKeys ?? [duty.assetKeys[0], duty.assetKeys[1]];
  const a = applicationLabel(data, first ?? '?');
  const b = applicationLabel(data, second ?? '?');
  return {
    code: 'interface-without-owner',
    records: [{ type: 'duty', key: duty.key }],
    message: {
      nl: `De koppeling tussen ${a.nl} en ${b.nl} heeft geen eigenaar. Geen partij zegt dat ze de koppeling beheert, en geen afspraak wijst iemand aan.`,
      en: `The interface between ${a.en} and ${b.en} has no owner. No party states that it manages the interface, and no agreement names anyone.`,
    },
  };
}
