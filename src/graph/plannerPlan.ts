/** The team's plan in Planner: one plan, four MoSCoW buckets in order, 13 domain labels. */
import { riskDomains } from '../content/domains';
import type { MoscowClass } from '../content/model';
import type { BucketIds } from '../domain/plannerSync';
import type { GraphApi } from './api';
import { expectSuccess, type BatchResult } from './batch';
import { toTaskState, type PlannerTask } from './plannerTasks';
import type { TaskState } from '../domain/plannerSync';

/** Title of the plan the app creates in the team's group. */
export const PLAN_TITLE = 'Risicoradar – actieplan';

/** Bucket names in MoSCoW order, which is also their order on the board. */
export const BUCKET_NAMES: readonly [MoscowClass, string][] = [
  ['must', 'Must have (moet)'],
  ['should', 'Should have (zou moeten)'],
  ['could', 'Could have (kan)'],
  ['wont', 'Won’t have (nu niet)'],
];

interface Bucket {
  id: string;
  name: string;
  orderHint: string;
}

interface PlanDetails {
  '@odata.etag': string;
  categoryDescriptions?: Record<string, string | null>;
}

/** The plan as a push needs it: ids of its buckets and its tasks. */
export interface PlanState {
  planId: string;
  buckets: BucketIds;
  tasks: TaskState[];
  /** True when this push created the plan, so it has no tasks to read. */
  created: boolean;
}

/** Returns the label names: category1..13 carry the Dutch names of the 13 risk domains. */
export function labelNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const domain of riskDomains) names[`category${domain.number}`] = domain.name.nl;
  return names;
}

/** Creates the plan in the group; the caller must be a member of the group. */
export async function createPlan(api: GraphApi, groupId: string): Promise<string> {
  const plan = await api.post<{ id: string }>('/planner/plans', {
    container: { url: `https://graph.microsoft.com/v1.0/groups/${groupId}` },
    title: PLAN_TITLE,
  });
  return plan.id;
}

/** Finds a plan of the group with the app's title, left by a push whose plan id was not saved. */
export async function findPlan(api: GraphApi, groupId: string): Promise<string | undefined> {
  const plans = await api.pages<{ id: string; title: string }>(
    `/groups/${groupId}/planner/plans?$select=id,title`,
  );
  return plans.find((plan) => plan.title === PLAN_TITLE)?.id;
}

/** Sets the label names when they differ, with If-Match on the plan details' own ETag. */
async function ensureLabels(api: GraphApi, planId: string, details: PlanDetails): Promise<void> {
  const desired = labelNames();
  const current = details.categoryDescriptions ?? {};
  const differs = Object.entries(desired).some(([key, name]) => current[key] !== name);
  if (!differs) return;
  await api.patch(
    `/planner/plans/${planId}/details`,
    { categoryDescriptions: desired },
    { 'If-Match': details['@odata.etag'] },
  );
}

/**
 * Creates the missing buckets after the existing ones, in MoSCoW order. Each order hint is
 * "<previous bucket's hint> !", which places the bucket after the previous one. A hint the
 * service returned is only used as a neighbour, never sent back as the new value.
 */
async function ensureBuckets(
  api: GraphApi,
  planId: string,
  existing: Bucket[],
): Promise<BucketIds> {
  const ids: Partial<BucketIds> = {};
  const sorted = [...existing].sort((a, b) => (a.orderHint < b.orderHint ? -1 : 1));
  let previousHint = sorted.at(-1)?.orderHint ?? '';
  for (const [moscow, name] of BUCKET_NAMES) {
    const found = existing.find((bucket) => bucket.name === name);
    if (found) {
      ids[moscow] = found.id;
      continue;
    }
    const bucket = await api.post<Bucket>('/planner/buckets', {
      name,
      planId,
      orderHint: `${previousHint} !`,
    });
    ids[moscow] = bucket.id;
    previousHint = bucket.orderHint;
  }
  return ids as BucketIds;
}

/** Sets up a plan this push just created: labels, then the four buckets. */
export async function setUpNewPlan(api: GraphApi, planId: string): Promise<PlanState> {
  const details = await api.get<PlanDetails>(`/planner/plans/${planId}/details`);
  await ensureLabels(api, planId, details);
  const buckets = await ensureBuckets(api, planId, []);
  return { planId, buckets, tasks: [], created: true };
}

/**
 * Reads an existing plan's buckets, details and first page of tasks in one batch, then adds what
 * is missing. Returns undefined when the plan no longer exists.
 */
export async function loadPlan(api: GraphApi, planId: string): Promise<PlanState | undefined> {
  const [buckets, details, tasks] = await api.batch([
    { method: 'GET', url: `/planner/plans/${planId}/buckets` },
    { method: 'GET', url: `/planner/plans/${planId}/details` },
    { method: 'GET', url: `/planner/plans/${planId}/tasks` },
  ]);
  if ([buckets, details, tasks].some((result) => result?.status === 404)) return undefined;
  await ensureLabels(api, planId, expectSuccess<PlanDetails>(details!));
  const bucketIds = await ensureBuckets(
    api,
    planId,
    expectSuccess<{ value: Bucket[] }>(buckets!).value,
  );
  const allTasks = await readRestOfTasks(api, tasks!);
  return { planId, buckets: bucketIds, tasks: allTasks.map(toTaskState), created: false };
}

async function readRestOfTasks(api: GraphApi, first: BatchResult): Promise<PlannerTask[]> {
  const page = expectSuccess<{ value: PlannerTask[]; '@odata.nextLink'?: string }>(first);
  const next = page['@odata.nextLink'];
  return next ? [...page.value, ...(await api.pages<PlannerTask>(next))] : page.value;
}
