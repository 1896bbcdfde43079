/** Planner push and pull for one team, over the decisions in the domain's plannerSync. */
import type { Action, Person, PlanSettings } from '../domain/model';
import {
  awaitsPush,
  decidePull,
  plannerChanged,
  type PersonLookup,
  type TaskState,
} from '../domain/plannerSync';
import type { GraphApi } from './api';
import { createPlan, findPlan, loadPlan, setUpNewPlan, type PlanState } from './plannerPlan';
import { PushRun } from './plannerPush';
import { saveActions } from './plannerSave';
import type { SyncFailure } from './plannerWrites';
import type { PlannerSync, ProgressHandler, PullResult, PushResult } from './store';

/** The session services the sync uses. */
export interface PlannerSyncDependencies {
  api: GraphApi;
  groupId: string;
  settings: {
    get(): Promise<PlanSettings | undefined>;
    save(settings: PlanSettings): Promise<PlanSettings>;
  };
  /** Path `/sites/{id}/lists/{id}` of the actions list. */
  actionsPath: () => Promise<string>;
  members: () => Promise<Person[]>;
  requestCount: () => number;
}

function syncColumnsChanged(before: Action, after: Action): boolean {
  return (
    before.plannerTaskId !== after.plannerTaskId ||
    before.plannerTaskEtag !== after.plannerTaskEtag ||
    (before.plannerTaskDeleted ?? false) !== (after.plannerTaskDeleted ?? false) ||
    before.percentComplete !== after.percentComplete ||
    before.status !== after.status ||
    before.owner?.id !== after.owner?.id ||
    before.dueDate !== after.dueDate
  );
}

/** Planner sync of one team's action plan; see {@link PlannerSync}. */
export class GraphPlannerSync implements PlannerSync {
  constructor(private readonly deps: PlannerSyncDependencies) {}

  /** Creates or updates the plan and one task per action; creates nothing twice. */
  async push(
    actions: Action[],
    options: { recreateDeleted?: string[]; onProgress?: ProgressHandler } = {},
  ): Promise<PushResult> {
    const start = this.deps.requestCount();
    const report = (done: number, step: string) => options.onProgress?.({ done, total: 3, step });
    report(0, 'planner.plan');
    const plan = await this.resolvePlan();
    const people = await this.peopleFor(actions, plan.tasks);

    report(1, 'planner.tasks');
    const run = new PushRun(this.deps.api, plan, people, new Set(options.recreateDeleted ?? []));
    const counts = await run.run(actions);

    report(2, 'planner.save');
    const changed = actions
      .map((action) => run.results.get(action.key) ?? action)
      .filter((after, index) => syncColumnsChanged(actions[index]!, after));
    const saved = await this.save(changed, run.failures);
    report(3, 'planner.done');
    return {
      ...counts,
      planId: plan.planId,
      requests: this.deps.requestCount() - start,
      actions: actions.map(
        (action) => saved.get(action.key) ?? run.results.get(action.key) ?? action,
      ),
      failures: run.failures,
    };
  }

  /**
   * Takes completion, assignees and due dates from Planner and marks actions whose task is gone.
   * Also returns the actions an edit in the app changed since the last push, so the tab can say
   * that their change waits for the next push, also after a reload.
   */
  async pull(actions: Action[]): Promise<PullResult> {
    const settings = await this.deps.settings.get();
    if (!settings?.plannerPlanId) return { changed: [], deleted: [] };
    // One $batch reads buckets, plan details and tasks; the buckets are needed to tell whether
    // an action's class still matches its task's bucket.
    const plan = await loadPlan(this.deps.api, settings.plannerPlanId);
    const tasks = plan?.tasks ?? [];
    const tasksById = new Map(tasks.map((task) => [task.id, task]));
    const taskOf = (action: Action) =>
      action.plannerTaskId ? tasksById.get(action.plannerTaskId) : undefined;
    const people = await this.peopleFor(actions, tasks);
    const decisions = actions.map((action) => decidePull(action, taskOf(action), people));
    const touched = decisions.filter((decision) => decision.kind !== 'unchanged');
    const saved = await this.save(
      touched.map((decision) => decision.action),
      [],
    );
    const pick = (kind: 'changed' | 'deleted') =>
      touched
        .filter((decision) => decision.kind === kind && saved.has(decision.action.key))
        .map((decision) => saved.get(decision.action.key)!);
    const awaitingPush = plan
      ? decisions
          .map((decision) => saved.get(decision.action.key) ?? decision.action)
          .filter((action) => awaitsPush(action, taskOf(action), plan.buckets, people))
          .map((action) => action.key)
      : [];
    return { changed: pick('changed'), deleted: pick('deleted'), awaitingPush };
  }

  private async save(actions: Action[], failures: SyncFailure[]): Promise<Map<string, Action>> {
    if (actions.length === 0) return new Map();
    return saveActions(this.deps.api, await this.deps.actionsPath(), actions, failures);
  }

  /** Finds the plan by its stored id, or by title in the group, or creates it and stores its id. */
  private async resolvePlan(): Promise<PlanState> {
    const settings = await this.deps.settings.get();
    const storedId = settings?.plannerPlanId;
    if (storedId) {
      const plan = await loadPlan(this.deps.api, storedId);
      if (plan) return plan;
    }
    // A plan whose id was never saved (the response was lost) is found by its title.
    const foundId = await findPlan(this.deps.api, this.deps.groupId);
    const found =
      foundId && foundId !== storedId ? await loadPlan(this.deps.api, foundId) : undefined;
    const planId = found?.planId ?? (await createPlan(this.deps.api, this.deps.groupId));
    await this.deps.settings.save({ ...(settings ?? { key: 'plan' }), plannerPlanId: planId });
    return found ?? setUpNewPlan(this.deps.api, planId);
  }

  /** Returns a lookup of the team's members, read only when Planner changed an assignee. */
  private async peopleFor(actions: Action[], tasks: TaskState[]): Promise<PersonLookup> {
    const tasksById = new Map(tasks.map((task) => [task.id, task]));
    const needed = actions.some((action) => {
      const task = action.plannerTaskId ? tasksById.get(action.plannerTaskId) : undefined;
      if (!task || !plannerChanged(action, task)) return false;
      return task.assigneeIds.length > 0 && !task.assigneeIds.includes(action.owner?.id ?? '');
    });
    if (!needed) return () => undefined;
    const members = await this.deps.members();
    return (id) => members.find((member) => member.id === id);
  }
}
