/** Helpers shared by the Planner routes: ids, lookups with membership checks, PATCH replies. */
import { randomBytes } from 'node:crypto';
import { requireMember } from '../auth';
import type { AppContext, LocalM365State } from '../context';
import { fail } from '../errors';
import {
  type PlannerDoc,
  checkPlannerIfMatch,
  plannerResource,
  savePlannerVersion,
} from '../planner-etag';
import type { GroupDoc } from '../seed';

/** Returns a new Planner id of 28 case-sensitive characters, like Planner's own. */
export function plannerId(): string {
  return randomBytes(21).toString('base64url');
}

/** Planner's timestamps carry fractions of a second. */
export function plannerNow(state: LocalM365State): string {
  return state.now().toISOString();
}

/** Returns a Planner resource after checking that the caller is a member of its group; 404 when unknown. */
export function findPlannerDoc(
  c: AppContext,
  state: LocalM365State,
  kind: string,
  id: string,
): PlannerDoc {
  const doc = state.store.get<PlannerDoc>(kind, id);
  if (!doc) throw fail.notFound(`The requested item '${id}' is not found.`);
  const group = state.store.get<GroupDoc>('group', doc.groupId);
  if (!group) throw fail.notFound(`The group of '${id}' no longer exists.`);
  requireMember(c, group);
  return doc;
}

/** Applies Planner's If-Match rules, stores the new version and replies 204 or, when asked, 200. */
export function commitPatch(
  c: AppContext,
  state: LocalM365State,
  doc: PlannerDoc,
  patch: { data: Record<string, unknown>; changed: string[] },
): Response {
  checkPlannerIfMatch(doc, c.req.header('if-match'), patch.changed);
  const saved = patch.changed.length
    ? savePlannerVersion(state, { ...doc, data: patch.data }, patch.changed)
    : doc;
  const prefer = (c.req.header('prefer') ?? '').toLowerCase();
  if (prefer.includes('return=representation')) return c.json(plannerResource(saved), 200);
  return c.body(null, 204);
}
