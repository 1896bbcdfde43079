/** Item delta: `GET …/items/delta` returns changes since a token, deletions included. */
import type { Hono } from 'hono';
import { SCOPES, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { GraphHttpError } from '../errors';
import { DEFAULT_ITEM_PAGE_SIZE, MAX_ITEM_PAGE_SIZE, itemResource } from '../item-resource';
import {
  applySelect,
  parseExpand,
  parseSelect,
  parseTop,
  pathParam,
  queryOption,
} from '../odata-query';
import { type ItemDoc, type ListDoc, resolveList, resolveSite } from '../sharepoint-model';

/** A deleted item as delta reports it. */
export interface DeletedItemDoc {
  id: string;
  listId: string;
  changeSeq: number;
}

/** Store key of a deleted item's record. */
export function deletedKey(listId: string, itemId: string): string {
  return `${listId}:${itemId}`;
}

/**
 * Parses a delta token, the change number it was issued at. Graph rejects an expired token with 410
 * and a Location to start over. NOTE: the stand-in does the same for a token it never issued.
 */
function changeOf(c: AppContext, token: string | undefined): number {
  if (token === undefined) return 0;
  if (/^\d+$/.test(token)) return Number(token);
  const restart = new URL(c.req.url);
  restart.searchParams.delete('token');
  throw new GraphHttpError(
    410,
    'resyncChangesApplyDifferences',
    'The delta token is invalid or expired. Start again from the Location URL.',
    { Location: restart.toString() },
  );
}

/** Returns the request's URL with a new token and no skip token, so $expand and $select carry on. */
function deltaUrl(c: AppContext, token: number): string {
  const url = new URL(c.req.url);
  for (const name of ['$skiptoken', 'skiptoken', '$token', 'token']) url.searchParams.delete(name);
  url.searchParams.set('token', String(token));
  return url.toString();
}

function changesSince(
  state: LocalM365State,
  list: ListDoc,
  since: number,
): (ItemDoc | DeletedItemDoc)[] {
  const items = state.store
    .children<ItemDoc>('item', list.id)
    .filter((item) => (item.changeSeq ?? 0) > since);
  // A first sync has nothing to forget, so deletions are reported only after a token.
  const deleted =
    since > 0
      ? state.store
          .children<DeletedItemDoc>('deletedItem', list.id)
          .filter((item) => item.changeSeq > since)
      : [];
  return [...items, ...deleted].sort(
    (left, right) => (left.changeSeq ?? 0) - (right.changeSeq ?? 0),
  );
}

/** Registers the delta route; call before the route for a single item so that "delta" is not an id. */
export function registerDeltaRoute(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.get('/sites/:siteId/lists/:listId/items/delta', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    const list = resolveList(state, site, pathParam(c, 'listId'));
    const latest = state.store.next('change');
    const token = queryOption(c, 'token') ?? c.req.query('token');
    if (token === 'latest') return c.json({ value: [], '@odata.deltaLink': deltaUrl(c, latest) });

    const since = changeOf(c, token);
    const after = Number(queryOption(c, 'skiptoken') ?? since);
    const pageSize = parseTop(c, MAX_ITEM_PAGE_SIZE) ?? DEFAULT_ITEM_PAGE_SIZE;
    const changes = changesSince(state, list, Math.max(since, after));
    const page = changes.slice(0, pageSize);
    const entry = parseExpand(queryOption(c, 'expand')).find(
      (candidate) => candidate.name === 'fields',
    );
    const select = parseSelect(queryOption(c, 'select'));
    const value = page.map((change) =>
      'uniqueId' in change
        ? applySelect(
            itemResource(state, site, list, change, { expand: !!entry, select: entry?.select }),
            select && [...select, 'fields'],
          )
        : { id: change.id, parentReference: { siteId: site.id }, deleted: { state: 'deleted' } },
    );
    const last = page[page.length - 1];
    if (changes.length > pageSize && last) {
      const next = new URL(c.req.url);
      next.searchParams.set('$skiptoken', String(last.changeSeq));
      return c.json({ value, '@odata.nextLink': next.toString() });
    }
    return c.json({ value, '@odata.deltaLink': deltaUrl(c, latest) });
  });
}
