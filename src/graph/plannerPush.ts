/** One push run: decide per action, adopt orphaned tasks, then create, patch, describe, save. */
import type { Action } from '../domain/model';
import { markerKey, matchOrphans } from '../domain/plannerMatch';
import {
  decidePush,
  type PersonLookup,
  type PushDecision,
  type TaskState,
} from '../domain/plannerSync';
import type { GraphApi } from './api';
import type { PlanState } from './plannerPlan';
import { GraphValidationError } from './validation';
import type { PlannerTaskDetails } from './plannerTasks';
import {
  createTasks,
  patchTasks,
  readAllDetails,
  rereadTasks,
  writeDescriptions,
  type SyncFailure,
} from './plannerWrites';

type Create = Extract<PushDecision, { kind: 'create' }>;
type Update = Extract<PushDecision, { kind: 'update' }> & { task: TaskState };

/** Counts of what a push did. */
export interface PushCounts {
  created: number;
  updated: number;
  unchanged: number;
  skippedDeleted: number;
}

/** The state of one push; create one per call of `push`. */
export class PushRun {
  readonly failures: SyncFailure[] = [];
  /** The action after the push, by key; only actions the push touched differ from the input. */
  readonly results = new Map<string, Action>();
  private readonly tasks: Map<string, TaskState>;
  private details = new Map<string, PlannerTaskDetails>();

  constructor(
    private readonly api: GraphApi,
    private readonly plan: PlanState,
    private readonly people: PersonLookup,
    private readonly recreate: Set<string>,
  ) {
    this.tasks = new Map(plan.tasks.map((task) => [task.id, task]));
  }

  /** Runs the push for the actions and returns the counts. */
  async run(actions: Action[]): Promise<PushCounts> {
    let decisions = actions.map((action) => this.decide(action, this.taskOf(action)));
    await this.readDetails(actions, decisions);
    decisions = this.adoptOrphans(actions, decisions);
    for (const decision of decisions) this.results.set(decision.action.key, decision.action);

    const created = await this.createAll(decisions);
    const updated = await this.updateAll(decisions);
    await this.describeAll();
    return {
      created,
      updated,
      unchanged: decisions.filter((decision) => decision.kind === 'unchanged').length,
      skippedDeleted: decisions.filter((decision) => decision.kind === 'skipDeleted').length,
    };
  }

  private decide(action: Action, task: TaskState | undefined): PushDecision {
    const recreate = this.recreate.has(action.key);
    try {
      return decidePush(action, task, this.plan.buckets, { recreate, people: this.people });
    } catch (error) {
      // A due date edited by hand in the list can be invalid; that action alone is skipped.
      if (!(error instanceof RangeError)) throw error;
      const invalid = GraphValidationError.invalidDate('dueDate', action.dueDate ?? '');
      this.failures.push({ actionKey: action.key, error: invalid });
      return { kind: 'unchanged', action };
    }
  }

  private taskOf(action: Action): TaskState | undefined {
    return action.plannerTaskId ? this.tasks.get(action.plannerTaskId) : undefined;
  }

  /** Reads the details of every task of an existing plan: for descriptions and for markers. */
  private async readDetails(actions: Action[], decisions: PushDecision[]): Promise<void> {
    if (this.plan.created) return;
    const claimed = new Set(actions.map((action) => action.plannerTaskId));
    const hasCreates = decisions.some((decision) => decision.kind === 'create');
    const ids = this.plan.tasks
      .filter((task) => hasCreates || claimed.has(task.id))
      .map((task) => task.id);
    this.details = await readAllDetails(this.api, ids);
  }

  /** Links tasks that an interrupted push created to their actions, instead of new creates. */
  private adoptOrphans(actions: Action[], decisions: PushDecision[]): PushDecision[] {
    const creates = decisions.filter((decision): decision is Create => decision.kind === 'create');
    if (creates.length === 0 || this.plan.created) return decisions;
    const claimed = new Set(actions.map((action) => action.plannerTaskId));
    const unclaimed = this.plan.tasks.filter((task) => !claimed.has(task.id));
    const markers = new Map(
      unclaimed.map((task) => [task.id, markerKey(this.details.get(task.id)?.description ?? '')]),
    );
    const orphans = creates.map((decision) => decision.action);
    const matched = matchOrphans(orphans, unclaimed, markers, this.plan.buckets);
    return decisions.map((decision) => {
      const task = decision.kind === 'create' ? matched.get(decision.action.key) : undefined;
      if (!task) return decision;
      // The task is ours, so the app's values win: link it as if the app had just read it.
      const linked = { ...decision.action, plannerTaskId: task.id, plannerTaskEtag: task.etag };
      return this.decide(linked, task);
    });
  }

  private async createAll(decisions: PushDecision[]): Promise<number> {
    const creates = decisions.filter((decision): decision is Create => decision.kind === 'create');
    if (creates.length === 0) return 0;
    const created = await createTasks(this.api, this.plan.planId, creates, this.failures);
    for (const { action } of creates) {
      const task = created.get(action.key);
      if (!task) continue;
      this.tasks.set(task.id, task);
      this.results.set(action.key, {
        ...action,
        plannerTaskId: task.id,
        plannerTaskEtag: task.etag,
        plannerTaskDeleted: false,
      });
    }
    if (created.size > 0) {
      const fresh = await readAllDetails(
        this.api,
        [...created.values()].map((task) => task.id),
      );
      for (const [id, details] of fresh) this.details.set(id, details);
    }
    return created.size;
  }

  /** Patches tasks; after a 409 or 412 reads the task again, decides again and tries once more. */
  private async updateAll(decisions: PushDecision[]): Promise<number> {
    let pending = this.updatesOf(decisions);
    let count = 0;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const { patched, rejected } = await patchTasks(this.api, pending);
      for (const update of pending) {
        if (!patched.has(update.action.key)) continue;
        const etag = patched.get(update.action.key)?.etag ?? update.action.plannerTaskEtag;
        this.results.set(update.action.key, { ...update.action, plannerTaskEtag: etag });
        count += 1;
      }
      const conflicts = pending.filter((update) => rejected.get(update.action.key)?.isConflict);
      for (const update of pending) {
        const error = rejected.get(update.action.key);
        const retried = error?.isConflict && attempt === 0;
        if (error && !retried) this.failures.push({ actionKey: update.action.key, error });
      }
      if (attempt > 0 || conflicts.length === 0) break;
      pending = await this.retryConflicts(conflicts);
    }
    return count;
  }

  private async retryConflicts(conflicts: Update[]): Promise<Update[]> {
    const fresh = await rereadTasks(
      this.api,
      conflicts.map((update) => update.task.id),
    );
    for (const [id, task] of fresh) if (task) this.tasks.set(id, task);
    const again = conflicts.map((update) => this.decide(update.action, fresh.get(update.task.id)));
    for (const decision of again) this.results.set(decision.action.key, decision.action);
    return this.updatesOf(again);
  }

  private updatesOf(decisions: PushDecision[]): Update[] {
    return decisions.flatMap((decision) => {
      if (decision.kind !== 'update') return [];
      const task = this.taskOf(decision.action);
      return task ? [{ ...decision, task }] : [];
    });
  }

  /** Writes each linked task's description, with the marker, where it differs. */
  private async describeAll(): Promise<void> {
    const links = [...this.results.values()]
      .filter((action) => action.plannerTaskId && this.tasks.has(action.plannerTaskId))
      .map((action) => ({ action, taskId: action.plannerTaskId! }));
    const changedTasks = await writeDescriptions(this.api, links, this.details, this.failures);
    if (changedTasks.length === 0) return;
    // Store the ETag after the description, or the next sync would take the task for changed
    // in Planner and let Planner's values override the app's next edit.
    const fresh = await rereadTasks(this.api, changedTasks);
    for (const action of links.map((link) => link.action)) {
      const task = fresh.get(action.plannerTaskId!);
      if (task) this.results.set(action.key, { ...action, plannerTaskEtag: task.etag });
    }
  }
}
