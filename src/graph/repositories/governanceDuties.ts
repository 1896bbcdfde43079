/** Mappers for duties with each party's statement, privileged access and subcontracting. */
import type { DutyKind, RoleKind } from '../../content/governance';
import type {
  AccessKind,
  Duty,
  DutyStatement,
  PartyDependency,
  PartyRef,
  PrivilegedAccess,
} from '../../domain/governance/model';
import { checkText, checkTitle, readText, type EntityMapper } from './fields';
import {
  isStringArray,
  readJson,
  readOptionalObject,
  readParty,
  writeJson,
  writeParty,
} from './governanceFields';

function isParty(value: unknown): value is PartyRef {
  const party = value as PartyRef | null;
  return (
    party?.kind === 'organisation' ||
    (party?.kind === 'partner' && typeof party.partnerKey === 'string')
  );
}

function isStatements(value: unknown): value is DutyStatement[] {
  return (
    Array.isArray(value) &&
    value.every((entry: Partial<DutyStatement> | null) => {
      const claim = entry?.claim;
      if (!isParty(entry?.party) || !claim) return false;
      return claim.kind === 'otherParty' ? isParty(claim.party) : true;
    })
  );
}

function isPair(value: unknown): value is [string, string] | undefined {
  return value === undefined || (isStringArray(value) && value.length === 2);
}

/** Maps a duty; the statements and the lead are JSON so one item holds the whole duty. */
export const dutyMapper: EntityMapper<Duty> = {
  list: 'duties',
  columns: ['Kind', 'AssetKeys', 'InterfaceAssetKeys', 'Statements', 'Lead'],
  validate: (duty) => {
    if (duty.title !== undefined) checkTitle(duty.title);
  },
  toFields: (duty) => ({
    Title: duty.title ?? '',
    Kind: duty.kind,
    AssetKeys: writeJson(duty.assetKeys),
    InterfaceAssetKeys: writeJson(duty.interfaceAssetKeys),
    Statements: writeJson(duty.statements),
    Lead: writeJson(duty.lead),
  }),
  fromFields: (fields) => ({
    title: readText(fields, 'Title'),
    kind: (readText(fields, 'Kind') ?? 'other') as DutyKind,
    assetKeys: readJson(fields, 'AssetKeys', isStringArray, []),
    interfaceAssetKeys: readJson(fields, 'InterfaceAssetKeys', isPair, undefined),
    statements: readJson(fields, 'Statements', isStatements, []),
    lead: readOptionalObject<Duty['lead']>(fields, 'Lead'),
  }),
};

/** Maps a partner's remote control or administrator rights. */
export const accessMapper: EntityMapper<PrivilegedAccess> = {
  list: 'access',
  columns: ['PartnerKey', 'AccessKinds', 'AssetKeys'],
  validate: () => undefined,
  toFields: (access) => ({
    Title: access.partnerKey,
    PartnerKey: access.partnerKey,
    AccessKinds: writeJson(access.kinds),
    AssetKeys: writeJson(access.assetKeys),
  }),
  fromFields: (fields) => ({
    partnerKey: readText(fields, 'PartnerKey') ?? '',
    kinds: readJson(fields, 'AccessKinds', isStringArray, []) as AccessKind[],
    assetKeys: readJson(fields, 'AssetKeys', isStringArray, []),
  }),
};

/** Maps a partner's own reliance on another party. */
export const dependencyMapper: EntityMapper<PartyDependency> = {
  list: 'dependencies',
  columns: ['PartnerKey', 'DependsOn', 'Roles', 'ContractKey'],
  validate: (dependency) => checkText(dependency.contractKey, 'contractKey'),
  toFields: (dependency) => ({
    Title: dependency.partnerKey,
    PartnerKey: dependency.partnerKey,
    DependsOn: writeParty(dependency.dependsOn),
    Roles: writeJson(dependency.roles),
    ContractKey: dependency.contractKey ?? '',
  }),
  fromFields: (fields) => ({
    partnerKey: readText(fields, 'PartnerKey') ?? '',
    dependsOn: readParty(fields, 'DependsOn'),
    roles: readJson(fields, 'Roles', isStringArray, []) as RoleKind[],
    contractKey: readText(fields, 'ContractKey'),
  }),
};
