/** The governance vocabularies: assets, entities, partners, contracts, roles and duties. */
export type { GovernanceTerm } from './term';
export { assetKinds, entityKinds } from './assetKinds';
export type { AssetKind, EntityKind } from './assetKinds';
export { partnerKinds } from './partnerKinds';
export type { PartnerKind } from './partnerKinds';
export { contractKinds } from './contractKinds';
export type { ContractKind } from './contractKinds';
export { dutyKinds, roleKinds } from './dutyKinds';
export type { DutyKind, RoleKind } from './dutyKinds';
