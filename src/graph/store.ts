/** The data API the tab uses. The Graph implementation lives beside it; the tab never builds Graph URLs. */
import type { Action, Answer, Control, Person, PlanSettings, Risk, Round } from '../domain/model';
import type {
  Asset,
  Contract,
  DataOwnership,
  Duty,
  PartyDependency,
  Partner,
  PrivilegedAccess,
  RoleAssignment,
} from '../domain/governance/model';
import type { TeamsStore } from './teams';

/** Progress of a long operation, for a progress bar: `done` of `total` steps, with a step label key. */
export interface Progress {
  done: number;
  total: number;
  step: string;
}

export type ProgressHandler = (progress: Progress) => void;

/** Where the data lives: the team's group, and the channel whose tab opened it. */
export interface TeamLocation {
  groupId: string;
  channelId?: string;
  /**
   * Which site holds the lists: the team's site (the default), or the channel's own site, which a
   * private channel has and only its members can read.
   */
  siteSource?: 'team' | 'channel';
}

export interface ProvisionResult {
  siteId: string;
  /** Display names of the lists created by this call; empty when all existed. */
  createdLists: string[];
  schemaVersion: number;
}

/** A list repository: read all, create (idempotent by client key), update with If-Match, delete. */
export interface Repository<T> {
  list(): Promise<T[]>;
  /** Creates the record; when a record with the same key exists already, returns that one instead. */
  create(record: T): Promise<T>;
  /** Updates with If-Match on `record.etag`; a stale one rejects with a 412 GraphRequestError. */
  update(record: T): Promise<T>;
  remove(record: T): Promise<void>;
}

export interface AnswerRepository extends Omit<Repository<Answer>, 'list'> {
  list(roundKey: string): Promise<Answer[]>;
  /** Creates or updates the answer for its round, question and row. */
  save(answer: Answer): Promise<Answer>;
}

export interface PushResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Actions whose task was deleted in Planner and that were not recreated. */
  skippedDeleted: number;
  planId: string;
  /** Graph requests made, for the benchmark. */
  requests: number;
  /** Every pushed action as it is now: task id, task ETag and list item ETag updated. */
  actions: Action[];
  /** Actions the push could not bring in line, with the error; the rest were pushed. */
  failures: { actionKey: string; error: Error & { status?: number; code?: string } }[];
}

export interface PullResult {
  /** Actions that Planner's state changed. */
  changed: Action[];
  /** Actions whose task no longer exists in Planner. */
  deleted: Action[];
  /**
   * Keys of actions whose task differs from what the app stores (see `awaitsPush`), so the next push
   * changes them. Optional: a sync that does not compare leaves it out.
   */
  awaitingPush?: string[];
}

export interface PlannerSync {
  /** Creates or updates the team's plan, buckets, labels and one task per action. */
  push(
    actions: Action[],
    options?: { recreateDeleted?: string[]; onProgress?: ProgressHandler },
  ): Promise<PushResult>;
  /** Reads the plan's tasks and applies completion, assignees and due dates to the actions. */
  pull(actions: Action[]): Promise<PullResult>;
}

/** One field that a version changed, with its Dutch column name and both values as stored. */
export interface FieldChange {
  /** Internal column name, such as `Likelihood`. */
  field: string;
  /** The column's Dutch display name, such as `Waarschijnlijkheid`. */
  label: string;
  from?: string;
  to?: string;
}

/** One saved version of a list item: its time, its author and the fields it changed. */
export interface ItemChange {
  /** SharePoint's version label, such as `2.0`. */
  version: string;
  modified: string;
  modifiedBy?: string;
  /** True for the first version, whose changes are the values it was created with. */
  created: boolean;
  changes: FieldChange[];
}

/** The risk repository, with the history read from SharePoint's own item versions. */
export interface RiskRepository extends Repository<Risk> {
  /**
   * Returns the risk's versions, oldest first. Optional only so that test stores written before
   * the history still type-check.
   */
  history?(risk: Risk): Promise<ItemChange[]>;
}

/** Everything the tab reads and writes for one team. */
export interface RisicoradarStore {
  location: TeamLocation;
  provision(onProgress?: ProgressHandler): Promise<ProvisionResult>;
  me(): Promise<Person>;
  members(): Promise<Person[]>;
  rounds: Repository<Round>;
  answers: AnswerRepository;
  risks: RiskRepository;
  actions: Repository<Action>;
  settings: {
    get(): Promise<PlanSettings | undefined>;
    save(settings: PlanSettings): Promise<PlanSettings>;
  };
  planner: PlannerSync;
  /**
   * The controls (beheersmaatregelen). Optional only so that test stores written before this
   * list still type-check; the Graph store always provides it.
   */
  controls?: Repository<Control>;
  /**
   * The inventory, suppliers and who does what per asset. Optional only so that test stores
   * written before these lists still type-check; the Graph store always provides it.
   */
  governance?: GovernanceStore;
  /**
   * Who can read the data, and posts to the channel. Optional only so that test stores written
   * before it still type-check; the Graph store always provides it.
   */
  teams?: TeamsStore;
}

/** The governance lists of one team, one repository each. */
export interface GovernanceStore {
  assets: Repository<Asset>;
  partners: Repository<Partner>;
  contracts: Repository<Contract>;
  dataOwnership: Repository<DataOwnership>;
  roles: Repository<RoleAssignment>;
  duties: Repository<Duty>;
  access: Repository<PrivilegedAccess>;
  dependencies: Repository<PartyDependency>;
}
