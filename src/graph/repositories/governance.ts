/** Mappers for the governance lists: assets, partners, contracts, data ownership and roles. */
import type {
  AssetKind,
  ContractKind,
  EntityKind,
  PartnerKind,
  RoleKind,
} from '../../content/governance';
import type {
  Asset,
  Contract,
  ContractCost,
  DataOwnership,
  EntityUse,
  Partner,
  PartnerContact,
  RoleAssignment,
} from '../../domain/governance/model';
import {
  checkDate,
  checkText,
  checkTitle,
  personColumns,
  personFields,
  readNumber,
  readPerson,
  readText,
  type EntityMapper,
} from './fields';
import {
  isStringArray,
  readJson,
  readOptionalNumber,
  readOptionalObject,
  readParty,
  writeJson,
  writeParty,
} from './governanceFields';

function isEntityUses(value: unknown): value is EntityUse[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => typeof (entry as EntityUse | null)?.kind === 'string')
  );
}

/** Maps an asset; the entities that use it are a JSON array. */
export const assetMapper: EntityMapper<Asset> = {
  list: 'assets',
  columns: ['Kind', ...personColumns('Owner'), 'UsedBy'],
  validate: (asset) => checkTitle(asset.name),
  toFields: (asset) => ({
    Title: asset.name,
    Kind: asset.kind,
    ...personFields('Owner', asset.owner),
    UsedBy: writeJson(asset.usedBy),
  }),
  fromFields: (fields) => ({
    name: readText(fields, 'Title') ?? '',
    kind: (readText(fields, 'Kind') ?? 'software') as AssetKind,
    owner: readPerson(fields, 'Owner'),
    usedBy: readJson(fields, 'UsedBy', isEntityUses, []).map((use) => ({
      ...use,
      kind: use.kind as EntityKind,
    })),
  }),
};

/** Maps a partner; the contact is a JSON object. */
export const partnerMapper: EntityMapper<Partner> = {
  list: 'partners',
  columns: ['Kind', 'Contact'],
  validate: (partner) => checkTitle(partner.name),
  toFields: (partner) => ({
    Title: partner.name,
    Kind: partner.kind,
    Contact: writeJson(partner.contact),
  }),
  fromFields: (fields) => ({
    name: readText(fields, 'Title') ?? '',
    kind: (readText(fields, 'Kind') ?? 'firm') as PartnerKind,
    contact: readOptionalObject<PartnerContact>(fields, 'Contact'),
  }),
};

/** Maps a contract; the parties are text, the cost and the covered assets JSON. */
export const contractMapper: EntityMapper<Contract> = {
  list: 'contracts',
  columns: [
    'Kind',
    'Client',
    'Supplier',
    'StartDate',
    'EndDate',
    'NoticeMonths',
    'TacitRenewal',
    'RenewalMonths',
    'Cost',
    'AssetKeys',
    ...personColumns('Owner'),
  ],
  validate: (contract) => {
    checkTitle(contract.title);
    checkDate(contract.startDate, 'startDate');
    checkDate(contract.endDate, 'endDate');
  },
  toFields: (contract) => ({
    Title: contract.title,
    Kind: contract.kind,
    Client: writeParty(contract.client),
    Supplier: writeParty(contract.supplier),
    StartDate: contract.startDate,
    EndDate: contract.endDate ?? '',
    NoticeMonths: contract.noticeMonths,
    TacitRenewal: contract.tacitRenewal,
    RenewalMonths: contract.renewalMonths ?? null,
    Cost: writeJson(contract.cost),
    AssetKeys: writeJson(contract.assetKeys),
    ...personFields('Owner', contract.owner),
  }),
  fromFields: (fields) => ({
    title: readText(fields, 'Title') ?? '',
    kind: (readText(fields, 'Kind') ?? 'licence') as ContractKind,
    client: readParty(fields, 'Client'),
    supplier: readParty(fields, 'Supplier'),
    startDate: readText(fields, 'StartDate') ?? '',
    endDate: readText(fields, 'EndDate'),
    noticeMonths: readNumber(fields, 'NoticeMonths', 0),
    tacitRenewal: fields.TacitRenewal === true,
    renewalMonths: readOptionalNumber(fields, 'RenewalMonths'),
    cost: readOptionalObject<ContractCost>(fields, 'Cost'),
    assetKeys: readJson(fields, 'AssetKeys', isStringArray, []),
    owner: readPerson(fields, 'Owner'),
  }),
};

/** Maps who owns a data set. */
export const dataOwnershipMapper: EntityMapper<DataOwnership> = {
  list: 'dataOwnership',
  columns: ['Owner', 'AssetKeys'],
  validate: (entry) => checkTitle(entry.dataSet),
  toFields: (entry) => ({
    Title: entry.dataSet,
    Owner: writeParty(entry.owner),
    AssetKeys: writeJson(entry.assetKeys),
  }),
  fromFields: (fields) => ({
    dataSet: readText(fields, 'Title') ?? '',
    owner: readParty(fields, 'Owner'),
    assetKeys: readJson(fields, 'AssetKeys', isStringArray, []),
  }),
};

/** Maps one hand-over of a role for an asset. */
export const roleMapper: EntityMapper<RoleAssignment> = {
  list: 'assetRoles',
  columns: ['AssetKey', 'Role', 'FromParty', 'ToParty', 'ContractKey', 'ContactName'],
  validate: (role) => checkText(role.contactName, 'contactName'),
  toFields: (role) => ({
    Title: `${role.role} ${role.assetKey}`,
    AssetKey: role.assetKey,
    Role: role.role,
    FromParty: writeParty(role.from),
    ToParty: writeParty(role.to),
    ContractKey: role.contractKey ?? '',
    ContactName: role.contactName ?? '',
  }),
  fromFields: (fields) => ({
    assetKey: readText(fields, 'AssetKey') ?? '',
    role: (readText(fields, 'Role') ?? 'manage') as RoleKind,
    from: readParty(fields, 'FromParty'),
    to: readParty(fields, 'ToParty'),
    contractKey: readText(fields, 'ContractKey'),
    contactName: readText(fields, 'ContactName'),
  }),
};
