/** Plan details (label names) and task details (description, checklist, references). */
import { GraphHttpError, fail } from './errors';
import { hintBetween } from './order-hint';
import { CATEGORY_COUNT, mergeCategoryDescriptions } from './planner-fields';

/** Planner's limits on checklist items and references per task (the newer limits page). */
export const MAX_CHECKLIST_ITEMS = 20;
export const MAX_REFERENCES = 15;
const PREVIEW_TYPES = new Set(['automatic', 'noPreview', 'checklist', 'description', 'reference']);

type Patch = { data: Record<string, unknown>; changed: string[] };

/** Plan details of a new plan: no shares and 25 unnamed labels. */
export function emptyPlanDetails(planId: string): Record<string, unknown> {
  const categoryDescriptions: Record<string, null> = {};
  for (let index = 1; index <= CATEGORY_COUNT; index += 1)
    categoryDescriptions[`category${index}`] = null;
  return { sharedWith: {}, categoryDescriptions, id: planId };
}

/** Task details of a new task. */
export function emptyTaskDetails(taskId: string): Record<string, unknown> {
  return { description: '', previewType: 'automatic', references: {}, checklist: {}, id: taskId };
}

/** Applies a plan details patch. */
export function applyPlanDetailsPatch(
  current: Record<string, unknown>,
  input: Record<string, unknown>,
): Patch {
  const data = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key === 'categoryDescriptions') {
      const merged = mergeCategoryDescriptions(
        data.categoryDescriptions as Record<string, unknown>,
        value,
      );
      data.categoryDescriptions = merged.categoryDescriptions;
      changed.push(...merged.changed);
    } else if (key === 'sharedWith' && typeof value === 'object' && value !== null) {
      data.sharedWith = { ...(data.sharedWith as object), ...value };
      changed.push(...Object.keys(value).map((userId) => `sharedWith/${userId}`));
    } else if (!key.startsWith('@odata.')) {
      throw fail.badRequest(`The property '${key}' cannot be set on plannerPlanDetails.`);
    }
  }
  return { data, changed };
}

function mergeEntries(
  current: Record<string, unknown>,
  input: unknown,
  property: 'checklist' | 'references',
  build: (
    key: string,
    value: Record<string, unknown>,
    previous: Record<string, unknown> | undefined,
  ) => object,
): { merged: Record<string, unknown>; changed: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail.badRequest(`'${property}' must be an object keyed by item id.`);
  }
  const merged = { ...current };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    changed.push(`${property}/${key}`);
    if (value === null) delete merged[key];
    else if (typeof value === 'object')
      merged[key] = build(
        key,
        value as Record<string, unknown>,
        merged[key] as Record<string, unknown> | undefined,
      );
    else throw fail.badRequest(`'${property}/${key}' must be an object or null.`);
  }
  return { merged, changed };
}

/** Applies a task details patch; `userId` and `now` stamp changed checklist items and references. */
export function applyTaskDetailsPatch(
  current: Record<string, unknown>,
  input: Record<string, unknown>,
  userId: string,
  now: string,
): Patch {
  const data = { ...current };
  const changed: string[] = [];
  const stamp = { lastModifiedBy: { user: { id: userId } }, lastModifiedDateTime: now };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'description') {
      if (typeof value !== 'string') throw fail.badRequest("'description' must be a string.");
      data.description = value;
      changed.push(key);
    } else if (key === 'previewType') {
      if (typeof value !== 'string' || !PREVIEW_TYPES.has(value))
        throw fail.badRequest(`Invalid previewType '${String(value)}'.`);
      data.previewType = value;
      changed.push(key);
    } else if (key === 'checklist') {
      const result = mergeEntries(
        data.checklist as Record<string, unknown>,
        value,
        'checklist',
        (_id, item, previous) => ({
          '@odata.type': '#microsoft.graph.plannerChecklistItem',
          isChecked:
            typeof item.isChecked === 'boolean' ? item.isChecked : (previous?.isChecked ?? false),
          title: typeof item.title === 'string' ? item.title : (previous?.title ?? ''),
          orderHint: previous?.orderHint ?? hintBetween('', ''),
          ...stamp,
        }),
      );
      if (Object.keys(result.merged).length > MAX_CHECKLIST_ITEMS) {
        throw new GraphHttpError(
          403,
          'MaximumChecklistItemsOnTask',
          `A task can have at most ${MAX_CHECKLIST_ITEMS} checklist items.`,
        );
      }
      data.checklist = result.merged;
      changed.push(...result.changed);
    } else if (key === 'references') {
      const result = mergeEntries(
        data.references as Record<string, unknown>,
        value,
        'references',
        (_url, reference, previous) => ({
          '@odata.type': '#microsoft.graph.plannerExternalReference',
          alias: reference.alias ?? previous?.alias ?? '',
          type: reference.type ?? previous?.type ?? 'Other',
          previewPriority: previous?.previewPriority ?? hintBetween('', ''),
          ...stamp,
        }),
      );
      if (Object.keys(result.merged).length > MAX_REFERENCES) {
        throw new GraphHttpError(
          403,
          'MaximumReferencesOnTask',
          `A task can have at most ${MAX_REFERENCES} references.`,
        );
      }
      data.references = result.merged;
      changed.push(...result.changed);
    } else if (!key.startsWith('@odata.')) {
      throw fail.badRequest(`The property '${key}' cannot be set on plannerTaskDetails.`);
    }
  }
  return { data, changed };
}
