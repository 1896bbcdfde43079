/** Writes what a push or pull changed on actions back to the actions list, in batches. */
import type { Action } from '../domain/model';
import type { GraphApi } from './api';
import { isSuccess, type BatchRequest, type BatchResult } from './batch';
import { errorFromBatchResponse } from './errors';
import type { SyncFailure } from './plannerWrites';
import { pulledFields } from './repositories/actions';
import type { Fields, ListItem } from './repositories/fields';

function etagOf(result: BatchResult): string | undefined {
  const etag = (result.body as Fields | undefined)?.['@odata.etag'];
  return typeof etag === 'string' ? etag : undefined;
}

function sameFields(stored: Fields | undefined, desired: Fields): boolean {
  return Object.entries(desired).every(([name, value]) => (stored?.[name] ?? '') === value);
}

/**
 * Returns the keys of rejected writes whose values the list contains already. That happens when a
 * write succeeded but its response was lost, and a later push sends it again with the old ETag.
 */
async function alreadyStored(
  api: GraphApi,
  actionsPath: string,
  rejected: Action[],
): Promise<Set<string>> {
  if (rejected.length === 0) return new Set();
  const names = Object.keys(pulledFields(rejected[0]!)).join(',');
  const reads = await api.batch(
    rejected.map((action) => ({
      method: 'GET' as const,
      url: `${actionsPath}/items/${action.id}?expand=fields(select=${names})`,
    })),
  );
  const keys = new Set<string>();
  reads.forEach((result, index) => {
    const action = rejected[index]!;
    const item = result.body as ListItem | undefined;
    if (isSuccess(result) && sameFields(item?.fields, pulledFields(action))) keys.add(action.key);
  });
  return keys;
}

/**
 * Writes the sync columns of changed actions with If-Match on their ETag. Returns the actions
 * with their new ETags. A write rejected with 412 counts as done when the list holds its values
 * already; the action then keeps its old ETag, so the tab's next edit of it reports a conflict.
 * Other rejected writes are added to `failures`.
 */
export async function saveActions(
  api: GraphApi,
  actionsPath: string,
  actions: Action[],
  failures: SyncFailure[],
): Promise<Map<string, Action>> {
  const stored = actions.filter((action) => action.id);
  const requests = stored.map((action): BatchRequest => ({
    method: 'PATCH',
    url: `${actionsPath}/items/${action.id}/fields`,
    headers: action.etag ? { 'If-Match': action.etag } : {},
    body: pulledFields(action),
  }));
  const results = await api.batch(requests);
  const saved = new Map<string, Action>();
  const stale = stored.filter((_, index) => results[index]!.status === 412);
  const done = await alreadyStored(api, actionsPath, stale);
  results.forEach((result, index) => {
    const action = stored[index]!;
    if (isSuccess(result)) {
      saved.set(action.key, { ...action, etag: etagOf(result) ?? action.etag });
    } else if (done.has(action.key)) {
      saved.set(action.key, action);
    } else {
      const error = errorFromBatchResponse(result.status, result.headers, result.body);
      failures.push({ actionKey: action.key, error });
    }
  });
  return saved;
}
