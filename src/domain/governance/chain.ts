/**
 * Resolves who actually carries out a role for an asset, by following the role from the bestuur
 * through every party that hands it on (A hires B, B uses data centre C, C hires D for security).
 */
import type { RoleKind } from '../../content/governance';
import type { GovernanceData, PartyRef, RoleAssignment } from './model';
import { ORGANISATION, partyId, sameParty } from './parties';

/** One hand-over in a chain: `from` hands the role to `to`. */
export interface ChainLink {
  assignmentKey: string;
  from: PartyRef;
  to: PartyRef;
  contractKey?: string;
  contactName?: string;
}

/**
 * How a chain ends: `unassigned` when the bestuur handed the role to nobody, `inHouse` when it
 * keeps the role, `resolved` when the last party hands it on to nobody, `cycle` when the role comes
 * back to a party already in the chain, `branched` when one party hands it to several.
 */
export type ChainStatus = 'unassigned' | 'inHouse' | 'resolved' | 'cycle' | 'branched';

/** The chain of parties behind one role for one asset, as data a UI can draw. */
export interface RoleChain {
  assetKey: string;
  role: RoleKind;
  status: ChainStatus;
  /** The hand-overs in order, starting at the bestuur. */
  links: ChainLink[];
  /** The bestuur followed by every party that received the role, in order. */
  parties: PartyRef[];
  /** The party that does the work, set only for `inHouse` and `resolved`. */
  doer?: PartyRef;
  /** For `cycle`: the hand-over that leads back into the chain. */
  cycleLink?: ChainLink;
  /** For `branched`: the hand-overs from the last party in `parties`. */
  branches?: ChainLink[];
}

function toLink(assignment: RoleAssignment): ChainLink {
  return {
    assignmentKey: assignment.key,
    from: assignment.from,
    to: assignment.to,
    contractKey: assignment.contractKey,
    contactName: assignment.contactName,
  };
}

function handOversFrom(assignments: RoleAssignment[], party: PartyRef): RoleAssignment[] {
  // A party recorded as handing the role to itself keeps it, so that record ends the chain.
  return assignments.filter((entry) => sameParty(entry.from, party) && !sameParty(entry.to, party));
}

/** Resolves the chain for one role of one asset. */
export function resolveRoleChain(
  data: GovernanceData,
  assetKey: string,
  role: RoleKind,
): RoleChain {
  const assignments = data.roles.filter(
    (entry) => entry.assetKey === assetKey && entry.role === role,
  );
  const chain: RoleChain = {
    assetKey,
    role,
    status: 'resolved',
    links: [],
    parties: [ORGANISATION],
  };
  const keptInHouse = assignments.some(
    (entry) => entry.from.kind === 'organisation' && entry.to.kind === 'organisation',
  );
  const visited = new Set([partyId(ORGANISATION)]);
  let current: PartyRef = ORGANISATION;

  for (;;) {
    const next = handOversFrom(assignments, current);
    if (next.length === 0) break;
    if (next.length > 1) return { ...chain, status: 'branched', branches: next.map(toLink) };

    const link = toLink(next[0]!);
    if (visited.has(partyId(link.to))) return { ...chain, status: 'cycle', cycleLink: link };

    chain.links.push(link);
    chain.parties.push(link.to);
    visited.add(partyId(link.to));
    current = link.to;
  }

  if (chain.links.length > 0) return { ...chain, doer: current };
  if (keptInHouse) return { ...chain, status: 'inHouse', doer: ORGANISATION };
  return { ...chain, status: 'unassigned' };
}

function extendPath(assignments: RoleAssignment[], path: RoleChain): RoleChain[] {
  const current = path.parties[path.parties.length - 1]!;
  const next = handOversFrom(assignments, current);
  if (next.length === 0) return [{ ...path, doer: current }];

  const visited = new Set(path.parties.map(partyId));
  return next.flatMap((assignment) => {
    const link = toLink(assignment);
    if (visited.has(partyId(link.to)))
      return [{ ...path, status: 'cycle' as const, cycleLink: link }];
    const longer = { ...path, links: [...path.links, link], parties: [...path.parties, link.to] };
    return extendPath(assignments, longer);
  });
}

/**
 * Resolves every path a role takes for one asset, one chain per path, so a party that hands the
 * role to two parties yields two chains and never `branched`.
 */
export function resolveRolePaths(
  data: GovernanceData,
  assetKey: string,
  role: RoleKind,
): RoleChain[] {
  const first = resolveRoleChain(data, assetKey, role);
  if (first.status !== 'branched') return [first];

  const assignments = data.roles.filter(
    (entry) => entry.assetKey === assetKey && entry.role === role,
  );
  const start: RoleChain = {
    assetKey,
    role,
    status: 'resolved',
    links: [],
    parties: [ORGANISATION],
  };
  return extendPath(assignments, start);
}

function assetRoles(data: GovernanceData): { assetKey: string; role: RoleKind }[] {
  const seen = new Map<string, { assetKey: string; role: RoleKind }>();
  for (const { assetKey, role } of data.roles)
    seen.set(`${assetKey}\u0000${role}`, { assetKey, role });
  return [...seen.values()];
}

/** Resolves the chain of every asset and role that has at least one assignment. */
export function resolveAllRoleChains(data: GovernanceData): RoleChain[] {
  return assetRoles(data).map(({ assetKey, role }) => resolveRoleChain(data, assetKey, role));
}

/** Resolves every path of every asset and role that has at least one assignment. */
export function resolveAllRolePaths(data: GovernanceData): RoleChain[] {
  return assetRoles(data).flatMap(({ assetKey, role }) => resolveRolePaths(data, assetKey, role));
}
