/** Validation of Planner task fields: titles, dates, assignments, labels and percentages. */
import type { LocalM365State } from './context';
import { GraphHttpError, fail } from './errors';
import { resolveOrderHint } from './order-hint';
import type { DemoUser } from './seed';

/** Planner's limit for titles and names. */
export const TITLE_MAX = 255;
/** Planner's limit on assignees per task. */
export const MAX_ASSIGNEES = 20;
/** Planner's number of labels, category1 to category25. */
export const CATEGORY_COUNT = 25;

const ASSIGNMENT_TYPE = '#microsoft.graph.plannerAssignment';
const CATEGORY_KEY = /^category([1-9]|1\d|2[0-5])$/;

/** Checks a title or name: a non-empty string of at most 255 characters. */
export function checkTitle(value: unknown, property = 'title'): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw fail.badRequest(`'${property}' must be a non-empty string.`);
  if (value.length > TITLE_MAX) {
    throw fail.badRequest(
      `'${property}' is ${value.length} characters long; the maximum is ${TITLE_MAX}.`,
    );
  }
  return value;
}

/** Checks an ISO 8601 date or null. */
export function checkDate(value: unknown, property: string): string | null {
  if (value === null) return null;
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw fail.badRequest(`'${property}' must be an ISO 8601 date in UTC.`);
  return date.toISOString();
}

/** Checks an integer in a range. */
export function checkInteger(value: unknown, property: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw fail.badRequest(`'${property}' must be a whole number from ${min} to ${max}.`);
  }
  return value as number;
}

/** Merges an assignments patch into the current ones; `null` removes a user. Returns changed paths. */
export function mergeAssignments(
  state: LocalM365State,
  current: Record<string, unknown>,
  input: unknown,
  assignedBy: string,
  now: string,
): { assignments: Record<string, unknown>; changed: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail.badRequest("'assignments' must be an object keyed by user id.");
  }
  const assignments = { ...current };
  const changed: string[] = [];
  for (const [userId, value] of Object.entries(input)) {
    changed.push(`assignments/${userId}`);
    if (value === null) {
      delete assignments[userId];
      continue;
    }
    const assignment = value as Record<string, unknown>;
    if (
      typeof value !== 'object' ||
      assignment['@odata.type'] !== ASSIGNMENT_TYPE ||
      typeof assignment.orderHint !== 'string'
    ) {
      throw fail.badRequest(
        `Assignment for '${userId}' must be {"@odata.type": "${ASSIGNMENT_TYPE}", "orderHint": " !"} or null.`,
      );
    }
    // NOTE: Planner's reply to an unknown user id is undocumented; the stand-in returns 400.
    if (!state.store.get<DemoUser>('user', userId))
      throw fail.badRequest(`Assignment for unknown user '${userId}'.`);
    assignments[userId] = {
      '@odata.type': ASSIGNMENT_TYPE,
      assignedBy: { user: { id: assignedBy } },
      assignedDateTime: now,
      orderHint: resolveOrderHint(assignment.orderHint),
    };
  }
  if (Object.keys(assignments).length > MAX_ASSIGNEES) {
    throw new GraphHttpError(
      403,
      'MaximumAssigneesInTasks',
      `A task can have at most ${MAX_ASSIGNEES} assignees.`,
    );
  }
  return { assignments, changed };
}

/** Merges an appliedCategories patch: `true` sets a label, `false` removes it. Returns changed paths. */
export function mergeCategories(
  current: Record<string, unknown>,
  input: unknown,
): { appliedCategories: Record<string, true>; changed: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail.badRequest('\'appliedCategories\' must be an object such as {"category1": true}.');
  }
  const applied = { ...current } as Record<string, true>;
  const changed: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (!CATEGORY_KEY.test(key) || typeof value !== 'boolean') {
      throw fail.badRequest(
        `Invalid label '${key}': use category1 to category${CATEGORY_COUNT} with true or false.`,
      );
    }
    changed.push(`appliedCategories/${key}`);
    if (value) applied[key] = true;
    else delete applied[key];
  }
  return { appliedCategories: applied, changed };
}

/** Checks categoryDescriptions: keys category1..25 with a string or null. Returns changed paths. */
export function mergeCategoryDescriptions(
  current: Record<string, unknown>,
  input: unknown,
): { categoryDescriptions: Record<string, unknown>; changed: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail.badRequest(
      '\'categoryDescriptions\' must be an object such as {"category1": "Must"}.',
    );
  }
  const descriptions = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (!CATEGORY_KEY.test(key) || !(value === null || typeof value === 'string')) {
      throw fail.badRequest(
        `Invalid label description '${key}': use category1 to category${CATEGORY_COUNT} with a string or null.`,
      );
    }
    descriptions[key] = value;
    changed.push(`categoryDescriptions/${key}`);
  }
  return { categoryDescriptions: descriptions, changed };
}
