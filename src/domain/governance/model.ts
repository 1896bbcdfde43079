/**
 * Governance records: assets, partners, contracts, data ownership, roles, duties and
 * privileged access. Records follow the conventions of the shared domain model.
 */
import type {
  AssetKind,
  ContractKind,
  DutyKind,
  EntityKind,
  PartnerKind,
  RoleKind,
} from '../../content/governance';
import type { DateOnly, Person, StoredRecord } from '../model';

/** One side of an agreement or a role: the bestuur itself, or a partner by its key. */
export type PartyRef = { kind: 'organisation' } | { kind: 'partner'; partnerKey: string };

/** An entity of the bestuur that uses an asset. `name` distinguishes two schools, for example. */
export interface EntityUse {
  kind: EntityKind;
  name?: string;
}

/** A piece of hardware, software, a cloud service, a network or a data centre in use. */
export interface Asset extends StoredRecord {
  name: string;
  kind: AssetKind;
  /** The person inside the bestuur who is accountable for the asset. */
  owner?: Person;
  usedBy: EntityUse[];
}

/** A contact person at a partner. */
export interface PartnerContact {
  name: string;
  email?: string;
  phone?: string;
}

/** An external party: a firm, an independent, an intermunicipal partnership, a province or another bestuur. */
export interface Partner extends StoredRecord {
  name: string;
  kind: PartnerKind;
  contact?: PartnerContact;
}

/** A contract's cost in euro for the given period. */
export interface ContractCost {
  amount: number;
  per: 'once' | 'month' | 'year';
}

/**
 * A licence, maintenance contract, SLA, service agreement or framework contract. Either side may
 * be a partner, so a subcontract between two partners can be recorded as well.
 */
export interface Contract extends StoredRecord {
  title: string;
  kind: ContractKind;
  /** The party that buys the service. */
  client: PartyRef;
  /** The party that delivers it. */
  supplier: PartyRef;
  startDate: DateOnly;
  /** End of the current term; absent for a contract without end date. */
  endDate?: DateOnly;
  /** Whole months before the end date by which notice must be given, or 0 for none. */
  noticeMonths: number;
  /** True when the contract renews itself unless notice is given. */
  tacitRenewal: boolean;
  /** Length in months of each tacit renewal, 12 when absent. */
  renewalMonths?: number;
  cost?: ContractCost;
  assetKeys: string[];
  /** The person inside the bestuur who follows the contract up. */
  owner?: Person;
}

/** The party that owns a set of data, such as the population register or the payroll data. */
export interface DataOwnership extends StoredRecord {
  dataSet: string;
  owner: PartyRef;
  assetKeys: string[];
}

/**
 * A role for an asset handed from one party to another. The bestuur hands a role to a first party
 * (`from` is the organisation), and that party may hand it on, to any depth. A role the bestuur keeps is
 * recorded with the organisation on both sides.
 */
export interface RoleAssignment extends StoredRecord {
  assetKey: string;
  role: RoleKind;
  from: PartyRef;
  to: PartyRef;
  /** The contract under which `to` takes the role, when one is recorded. */
  contractKey?: string;
  /** The person at `to` who carries the role out. */
  contactName?: string;
}

/** A party's claim about a duty: it does it, another party does it, or not this party. */
export type DutyClaim =
  { kind: 'weDoIt' } | { kind: 'otherParty'; party: PartyRef } | { kind: 'notUs' };

/** One party's statement about a duty. */
export interface DutyStatement {
  party: PartyRef;
  claim: DutyClaim;
}

/** A duty that parties divide between them, with what each of them states about it. */
export interface Duty extends StoredRecord {
  kind: DutyKind;
  /** A short description, required when the kind is `other`. */
  title?: string;
  assetKeys: string[];
  /** For an interface: the two applications it links, as asset keys. */
  interfaceAssetKeys?: [string, string];
  statements: DutyStatement[];
  /** The party an agreement names as lead, and the contract that names it. */
  lead?: { party: PartyRef; contractKey?: string };
}

/** A privilege that lets a partner act inside the bestuur's systems. */
export type AccessKind = 'remoteControl' | 'administrator';

/** A partner's remote control or administrator rights on the bestuur's assets. */
export interface PrivilegedAccess extends StoredRecord {
  partnerKey: string;
  kinds: AccessKind[];
  assetKeys: string[];
}

/**
 * A partner's own operation resting on another party, such as a helpdesk provider whose network
 * and security a third firm runs.
 */
export interface PartyDependency extends StoredRecord {
  partnerKey: string;
  dependsOn: PartyRef;
  roles: RoleKind[];
  contractKey?: string;
}

/** Everything the governance logic reads, as loaded from the lists. */
export interface GovernanceData {
  /** The bestuur's name in texts. A generic phrase replaces it when absent. */
  organisationName?: string;
  assets: Asset[];
  partners: Partner[];
  contracts: Contract[];
  dataOwnership: DataOwnership[];
  roles: RoleAssignment[];
  duties: Duty[];
  access: PrivilegedAccess[];
  dependencies: PartyDependency[];
}

/** A reference to one governance record, for a flag or a chain to point at. */
export interface RecordRef {
  type:
    'asset' | 'partner' | 'contract' | 'dataOwnership' | 'role' | 'duty' | 'access' | 'dependency';
  key: string;
}
