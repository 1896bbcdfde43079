/** Collects every governance flag over the loaded records. */
import { resolveAllRoleChains } from './chain';
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

/** Returns the flags for all duties, role chains and privileged access, in that order. */
export function governanceFlags(data: GovernanceData): GovernanceFlag[] {
  const chains = resolveAllRoleChains(data);
  return [
    ...data.duties.flatMap((duty) => dutyFlags(data, duty)),
    ...data.duties.map((duty) => interfaceOwnerFlag(data, duty)).filter(present),
    ...chains.map((chain) => chainContractFlag(data, chain)).filter(present),
    ...chains.map((chain) => chainCycleFlag(data, chain)).filter(present),
    ...data.access.map((access) => privilegedAccessFlag(data, access)).filter(present),
  ];
}
