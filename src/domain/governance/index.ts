/** The governance and supplier logic that the Governance feature of the tab builds on. */
export type * from './model';
export { ORGANISATION, partnerParty, partyId, partyName, sameParty } from './parties';
export {
  resolveAllRoleChains,
  resolveAllRolePaths,
  resolveRoleChain,
  resolveRolePaths,
} from './chain';
export type { ChainLink, ChainStatus, RoleChain } from './chain';
export { describeRoleChain } from './chainText';
export { governanceFlags } from './flags';
export type { GovernanceFlag, GovernanceFlagCode } from './flags';
export {
  contractDeadline,
  deadlinesWithin,
  expiryWindows,
  suggestContractAction,
  EXPIRY_WINDOWS,
} from './expiry';
export type { ContractDeadline, ExpiryWindow, SuggestedContractAction } from './expiry';
export { addMonths, daysBetween } from './months';
export { suggestColumnMapping, validateImport, writeWithRollback } from './import';
export type {
  ColumnMapping,
  ImportedRow,
  ImportValidation,
  ImportWriter,
  ImportWriteResult,
  RowError,
} from './import';
export { assetImportSpec, contractImportSpec } from './importSpecs';
export type { ImportedAsset, ImportedContract } from './importSpecs';
