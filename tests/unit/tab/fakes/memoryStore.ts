/** An in-memory RisicoradarStore for component tests: client keys, ETags, and 412 on a stale ETag. */
import type {
  Action,
  Answer,
  Person,
  PlanSettings,
  Risk,
  Round,
  StoredRecord,
} from '../../../../src/domain/model';
import { GraphRequestError } from '../../../../src/graph/errors';
import type { AnswerRepository, Repository, RisicoradarStore } from '../../../../src/graph/store';

/** Demo people for the fake. */
export const people = {
  an: { id: 'u-an', userPrincipalName: 'an@demo.local', displayName: 'An Peeters' },
  bert: { id: 'u-bert', userPrincipalName: 'bert@demo.local', displayName: 'Bert Claes' },
} satisfies Record<string, Person>;

type Failure = { method: string; error: unknown };

/** A list kept in memory; `failNext` makes the next call of a method reject. */
export class MemoryRepository<T extends StoredRecord> implements Repository<T> {
  readonly items = new Map<string, T>();
  readonly calls: { method: string; record?: T }[] = [];
  private failures: Failure[] = [];
  private version = 0;

  constructor(private readonly name: string) {}

  /** Makes the next call of `method` reject with `error` (a GraphRequestError by default). */
  failNext(method: string, error: unknown = serverError()): void {
    this.failures.push({ method, error });
  }

  /** Puts a record in directly, as another member's write would. */
  seed(record: T): T {
    const stored = this.stamp({
      ...record,
      id: record.id ?? `${this.name}-${this.items.size + 1}`,
    });
    this.items.set(stored.key, stored);
    return stored;
  }

  async list(): Promise<T[]> {
    this.check('list');
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  async create(record: T): Promise<T> {
    this.check('create', record);
    const existing = this.items.get(record.key);
    if (existing) return structuredClone(existing);
    return structuredClone(this.seed(record));
  }

  async update(record: T): Promise<T> {
    this.check('update', record);
    const existing = this.items.get(record.key);
    if (!existing)
      throw new GraphRequestError({ status: 404, code: 'itemNotFound', message: 'not found' });
    if (record.etag !== existing.etag) {
      throw new GraphRequestError({
        status: 412,
        code: 'preconditionFailed',
        message: 'stale etag',
      });
    }
    const stored = this.stamp({ ...record, id: existing.id });
    this.items.set(stored.key, stored);
    return structuredClone(stored);
  }

  async remove(record: T): Promise<void> {
    this.check('remove', record);
    this.items.delete(record.key);
  }

  protected check(method: string, record?: T): void {
    this.calls.push({ method, record: record && structuredClone(record) });
    const index = this.failures.findIndex((failure) => failure.method === method);
    if (index < 0) return;
    const [failure] = this.failures.splice(index, 1);
    throw failure!.error;
  }

  private stamp(record: T): T {
    this.version += 1;
    return { ...record, etag: `"${this.name}-${this.version}"`, modified: '2026-12-04T09:00:00Z' };
  }
}

/** Answers: listed per round, saved as create-or-update by round, question and row. */
export class MemoryAnswers extends MemoryRepository<Answer> implements AnswerRepository {
  override async list(roundKey?: string): Promise<Answer[]> {
    const all = await super.list();
    return all.filter((answer) => answer.roundKey === roundKey);
  }

  async save(answer: Answer): Promise<Answer> {
    this.check('save', answer);
    const existing = this.items.get(answer.key);
    if (!existing) return this.create(answer);
    return this.update(answer);
  }
}

/** A 503 as the Graph layer reports it. */
export function serverError(): GraphRequestError {
  return new GraphRequestError({ status: 503, code: 'serviceNotAvailable', message: 'busy' });
}

/** The fake store with its repositories exposed for assertions. */
export interface MemoryStore extends RisicoradarStore {
  rounds: MemoryRepository<Round>;
  answers: MemoryAnswers;
  risks: MemoryRepository<Risk>;
  actions: MemoryRepository<Action>;
  settingsRecord?: PlanSettings;
}

/** Creates an empty store for the demo team, signed in as `me`. */
export function createMemoryStore(me: Person = people.an): MemoryStore {
  const store: MemoryStore = {
    location: { groupId: 'group-1', channelId: 'channel-1' },
    provision: async (onProgress) => {
      onProgress?.({ done: 1, total: 1, step: 'lists' });
      return { siteId: 'site-1', createdLists: [], schemaVersion: 1 };
    },
    me: async () => me,
    members: async () => Object.values(people),
    rounds: new MemoryRepository<Round>('round'),
    answers: new MemoryAnswers('answer'),
    risks: new MemoryRepository<Risk>('risk'),
    actions: new MemoryRepository<Action>('action'),
    settings: {
      get: async () => store.settingsRecord && structuredClone(store.settingsRecord),
      save: async (settings) => {
        store.settingsRecord = { ...settings, etag: `"settings-${Date.now()}"` };
        return structuredClone(store.settingsRecord);
      },
    },
    planner: {
      push: async () => ({
        created: 0,
        updated: 0,
        unchanged: 0,
        skippedDeleted: 0,
        planId: 'plan-1',
        requests: 0,
        actions: [],
        failures: [],
      }),
      pull: async () => ({ changed: [], deleted: [] }),
    },
  };
  return store;
}
