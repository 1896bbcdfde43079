/** Collects every governance flag over the loaded records. */
import { resolveAllRolePaths } from './chain';
import { dutyFlags } from './dutyFlags';
import type { GovernanceFlag } from './flag';
import type { GovernanceData } from './model';
import {
  chainContractFlag,
  chainCycleFlag,
  interfaceOwnerFlag,
  privilegedAccessFlag,
} from './supplierFlags';

export type { GovernanceFlag, GovernanceFlagCode } from './flag';

function present<T>(value: T | null): value is T {
  return value !== null;
}

function unique(flags: GovernanceFlag[]): GovernanceFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    const id = `${flag.code} ${JSON.stringify(flag.records)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Returns the flags for all duties, role chains and privileged access, in that order. */
export function governanceFlags(data: GovernanceData): GovernanceFlag[] {
  // Paths, not single chains, so every party a role is split between is checked for a contract.
  const chains = resolveAllRolePaths(data);
  return unique([
    ...data.duties.flatMap((duty) => dutyFlags(data, duty)),
    ...data.duties.map((duty) => interfaceOwnerFlag(data, duty)).filter(present),
    ...chains.map((chain) => chainContractFlag(data, chain)).filter(present),
    ...chains.map((chain) => chainCycleFlag(data, chain)).filter(present),
    ...data.access.map((access) => privilegedAccessFlag(data, access)).filter(present),
  ]);
}
