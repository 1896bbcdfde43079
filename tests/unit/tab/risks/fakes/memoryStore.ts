/** An in-memory RisicoradarStore for component tests: ETags like SharePoint's, Planner scripted. */
import type {
  Action,
  Person,
  PlanSettings,
  Risk,
  StoredRecord,
} from '../../../../../src/domain/model';
import type {
  PlannerSync,
  PullResult,
  PushResult,
  Repository,
  RisicoradarStore,
} from '../../../../../src/graph/store';

/** A failure with Graph's status, as the Graph layer rejects with. */
export class FakeGraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

/** A list repository whose update rejects with 412 when the ETag is stale. */
export class MemoryRepository<T extends StoredRecord> implements Repository<T> {
  readonly items = new Map<string, T>();
  private version = 0;
  /** Every record passed to create or update, in order. */
  readonly writes: T[] = [];

  constructor(seed: T[] = []) {
    for (const record of seed) this.store(record);
  }

  private store(record: T): T {
    this.version += 1;
    const stored = { ...record, id: record.id ?? String(this.version), etag: `"v${this.version}"` };
    this.items.set(stored.key, stored);
    return stored;
  }

  async list(): Promise<T[]> {
    return [...this.items.values()].map((record) => ({ ...record }));
  }

  async create(record: T): Promise<T> {
    this.writes.push(record);
    return { ...(this.items.get(record.key) ?? this.store(record)) };
  }

  async update(record: T): Promise<T> {
    this.writes.push(record);
    const current = this.items.get(record.key);
    if (!current) throw new FakeGraphError(404, 'itemNotFound');
    if (current.etag !== record.etag) throw new FakeGraphError(412, 'preconditionFailed');
    return { ...this.store(record) };
  }

  async remove(record: T): Promise<void> {
    this.items.delete(record.key);
  }

  /** Changes a stored record as another user would, giving it a new ETag. */
  changeElsewhere(key: string, patch: Partial<T>): T {
    const current = this.items.get(key);
    if (!current) throw new Error(`no record with key ${key}`);
    return this.store({ ...current, ...patch });
  }
}

/** Planner with scripted results that records every push and pull. */
export class ScriptedPlanner implements PlannerSync {
  pushes: { actions: Action[]; recreateDeleted?: string[] }[] = [];
  pulls: Action[][] = [];
  pushResult: Pick<PushResult, 'created' | 'updated' | 'unchanged' | 'skippedDeleted'> = {
    created: 0,
    updated: 0,
    unchanged: 0,
    skippedDeleted: 0,
  };
  pullResult: (actions: Action[]) => PullResult = () => ({ changed: [], deleted: [] });
  /** Promise each push waits for, so a test can hold a push open while it checks the progress. */
  gate: Promise<void> = Promise.resolve();
  /** When set, the next push rejects with it after reporting its first progress. */
  pushFailure?: Error;

  async push(
    actions: Action[],
    options: Parameters<PlannerSync['push']>[1] = {},
  ): Promise<PushResult> {
    this.pushes.push({ actions, recreateDeleted: options.recreateDeleted });
    options.onProgress?.({ done: 1, total: 4, step: 'planner.tasks' });
    await this.gate;
    if (this.pushFailure) throw this.pushFailure;
    options.onProgress?.({ done: 4, total: 4, step: 'planner.tasks' });
    const pushed = actions.map((action) => ({
      ...action,
      plannerTaskId: action.plannerTaskId ?? `task-${action.key}`,
      plannerTaskDeleted:
        action.plannerTaskDeleted && !options.recreateDeleted?.includes(action.key),
    }));
    return { ...this.pushResult, planId: 'plan-1', requests: 4, actions: pushed, failures: [] };
  }

  async pull(actions: Action[]): Promise<PullResult> {
    this.pulls.push(actions);
    return this.pullResult(actions);
  }
}

/** The demo team's members. */
export const MEMBERS: Person[] = [
  { id: 'u-an', userPrincipalName: 'an@demo.local', displayName: 'An Peeters' },
  { id: 'u-bram', userPrincipalName: 'bram@demo.local', displayName: 'Bram Claes' },
];

/** Creates a store whose repositories and Planner the test can inspect and steer. */
export function createMemoryStore(seed: { risks?: Risk[]; actions?: Action[] } = {}) {
  const risks = new MemoryRepository<Risk>(seed.risks);
  const actions = new MemoryRepository<Action>(seed.actions);
  const planner = new ScriptedPlanner();
  let settings: PlanSettings | undefined;
  const unused = () => Promise.reject(new Error('not used by these tests'));
  const store: RisicoradarStore = {
    location: { groupId: 'group-1', channelId: 'channel-1' },
    provision: unused,
    me: async () => MEMBERS[0]!,
    members: async () => MEMBERS,
    rounds: new MemoryRepository(),
    answers: { list: unused, save: unused, create: unused, update: unused, remove: unused },
    risks,
    actions,
    settings: {
      get: async () => settings,
      save: async (next) => {
        settings = { ...next, etag: '"s"' };
        return settings;
      },
    },
    planner,
  };
  const setSettings = (next: PlanSettings | undefined) => {
    settings = next;
  };
  return { store, risks, actions, planner, setSettings };
}
