/** List items: query with $filter and paging, create, update fields with If-Match, delete, versions. */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { SCOPES, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { type DeletedItemDoc, deletedKey, registerDeltaRoute } from './item-delta';
import { checkUnique, validateFields } from '../item-fields';
import {
  DEFAULT_ITEM_PAGE_SIZE,
  MAX_ITEM_PAGE_SIZE,
  checkItemIfMatch,
  fieldValueSet,
  itemResource,
  versionResources,
} from '../item-resource';
import { type FilterNode, filterFields, matchesFilter, parseFilter } from '../odata-filter';
import {
  applySelect,
  parseExpand,
  parseSelect,
  parseTop,
  pathParam,
  queryOption,
  readJsonObject,
} from '../odata-query';
import type { SiteDoc } from '../seed';
import { type ItemDoc, type ListDoc, itemKey, resolveList, resolveSite } from '../sharepoint-model';

const PREFER_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

function listContext(c: AppContext, state: LocalM365State): { site: SiteDoc; list: ListDoc } {
  const site = resolveSite(c, state, pathParam(c, 'siteId'));
  return { site, list: resolveList(state, site, pathParam(c, 'listId')) };
}

function findItem(state: LocalM365State, list: ListDoc, itemId: string): ItemDoc {
  const item = state.store.get<ItemDoc>('item', itemKey(list.id, itemId));
  if (!item) throw fail.notFound(`Item '${itemId}' was not found in list '${list.displayName}'.`);
  return item;
}

function fieldsExpansion(c: AppContext): { expand: boolean; select?: string[] } {
  const entry = parseExpand(queryOption(c, 'expand')).find(
    (candidate) => candidate.name === 'fields',
  );
  return entry ? { expand: true, select: entry.select } : { expand: false };
}

/** Parses `$filter` and raises 400 when it reads a column without an index, unless Prefer allows it. */
function itemFilter(c: AppContext, list: ListDoc): FilterNode | undefined {
  const text = queryOption(c, 'filter');
  if (!text) return undefined;
  const filter = parseFilter(text);
  const allowed = (c.req.header('prefer') ?? '').toLowerCase().includes(PREFER_NON_INDEXED);
  for (const name of filterFields(filter)) {
    if (name.toLowerCase() === 'id') continue;
    const column = list.columns.find((candidate) => candidate.name === name);
    if (!column) throw fail.badRequest(`Field '${name}' is not recognized`);
    if (!column.indexed && !allowed) {
      // The message is the one SharePoint returns through Graph; the code is Graph's generic one.
      throw fail.badRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
  return filter;
}

function readField(item: ItemDoc, name: string): unknown {
  return name.toLowerCase() === 'id' ? Number(item.id) : item.fields[name];
}

function skipTokenOf(lastId: string): string {
  return Buffer.from(`Paged=TRUE&p_ID=${lastId}`).toString('base64url');
}

function afterIdOf(token: string | undefined): number {
  if (!token) return 0;
  const match = /p_ID=(\d+)/.exec(Buffer.from(token, 'base64url').toString());
  if (!match?.[1]) throw fail.badRequest('Invalid $skiptoken; follow @odata.nextLink as it is.');
  return Number(match[1]);
}

function listItems(c: AppContext, state: LocalM365State): object {
  const { site, list } = listContext(c, state);
  const filter = itemFilter(c, list);
  const pageSize = parseTop(c, MAX_ITEM_PAGE_SIZE) ?? DEFAULT_ITEM_PAGE_SIZE;
  const afterId = afterIdOf(queryOption(c, 'skiptoken'));
  const matching = state.store
    .children<ItemDoc>('item', list.id)
    .filter((item) => Number(item.id) > afterId)
    .filter((item) => !filter || matchesFilter(filter, (name) => readField(item, name)));
  const page = matching.slice(0, pageSize);
  const expansion = fieldsExpansion(c);
  const select = parseSelect(queryOption(c, 'select'));
  const value = page.map((item) =>
    applySelect(itemResource(state, site, list, item, expansion), select && [...select, 'fields']),
  );
  const body: Record<string, unknown> = { value };
  const last = page[page.length - 1];
  if (matching.length > pageSize && last) {
    // The next link is absolute and on the origin the request came through, as Graph's are.
    const next = new URL(c.req.url);
    next.searchParams.delete('skiptoken');
    next.searchParams.set('$skiptoken', skipTokenOf(last.id));
    body['@odata.nextLink'] = next.toString();
  }
  return body;
}

function createItem(
  c: AppContext,
  state: LocalM365State,
  list: ListDoc,
  body: Record<string, unknown>,
): ItemDoc {
  const input = body.fields;
  if (typeof input !== 'object' || input === null)
    throw fail.badRequest("The item needs a 'fields' object.");
  const fields = validateFields(list, input as Record<string, unknown>);
  checkUnique(list, state.store.children<ItemDoc>('item', list.id), fields);
  const now = state.now().toISOString().slice(0, 19) + 'Z';
  const userId = c.get('user').id;
  const item: ItemDoc = {
    id: String(state.store.next(`items:${list.id}`)),
    listId: list.id,
    uniqueId: randomUUID(),
    version: 1,
    fields,
    createdDateTime: now,
    createdById: userId,
    lastModifiedDateTime: now,
    lastModifiedById: userId,
    versions: [{ version: 1, fields, modifiedDateTime: now, modifiedById: userId }],
    changeSeq: state.store.next('change'),
  };
  state.store.put('item', itemKey(list.id, item.id), item, list.id);
  return item;
}

function updateFields(
  c: AppContext,
  state: LocalM365State,
  list: ListDoc,
  item: ItemDoc,
  input: Record<string, unknown>,
): ItemDoc {
  checkItemIfMatch(item, c.req.header('if-match'));
  const changes = validateFields(list, input);
  checkUnique(list, state.store.children<ItemDoc>('item', list.id), changes, item.id);
  const now = state.now().toISOString().slice(0, 19) + 'Z';
  const userId = c.get('user').id;
  const fields = { ...item.fields, ...changes };
  const version = item.version + 1;
  const updated: ItemDoc = {
    ...item,
    fields,
    version,
    lastModifiedDateTime: now,
    lastModifiedById: userId,
    versions: [...item.versions, { version, fields, modifiedDateTime: now, modifiedById: userId }],
    changeSeq: state.store.next('change'),
  };
  state.store.put('item', itemKey(list.id, item.id), updated, list.id);
  return updated;
}

/** Registers the list item routes. */
export function registerItemRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  const base = '/sites/:siteId/lists/:listId/items';
  registerDeltaRoute(graph, state);

  graph.get(base, (c) => {
    requireScope(c, SCOPES.sitesRead);
    return c.json(listItems(c, state));
  });

  graph.post(base, async (c) => {
    requireScope(c, SCOPES.sitesWrite);
    const { site, list } = listContext(c, state);
    const item = createItem(c, state, list, await readJsonObject(c));
    return c.json(itemResource(state, site, list, item, { expand: true }), 201);
  });

  graph.get(`${base}/:itemId`, (c) => {
    requireScope(c, SCOPES.sitesRead);
    const { site, list } = listContext(c, state);
    const item = findItem(state, list, pathParam(c, 'itemId'));
    const select = parseSelect(queryOption(c, 'select'));
    return c.json(
      applySelect(
        itemResource(state, site, list, item, fieldsExpansion(c)),
        select && [...select, 'fields'],
      ),
    );
  });

  graph.get(`${base}/:itemId/fields`, (c) => {
    requireScope(c, SCOPES.sitesRead);
    const { list } = listContext(c, state);
    const item = findItem(state, list, pathParam(c, 'itemId'));
    return c.json(fieldValueSet(item, parseSelect(queryOption(c, 'select'))));
  });

  graph.patch(`${base}/:itemId/fields`, async (c) => {
    requireScope(c, SCOPES.sitesWrite);
    const { list } = listContext(c, state);
    const item = findItem(state, list, pathParam(c, 'itemId'));
    const updated = updateFields(c, state, list, item, await readJsonObject(c));
    return c.json(fieldValueSet(updated));
  });

  graph.delete(`${base}/:itemId`, (c) => {
    requireScope(c, SCOPES.sitesWrite);
    const { list } = listContext(c, state);
    const item = findItem(state, list, pathParam(c, 'itemId'));
    checkItemIfMatch(item, c.req.header('if-match'));
    state.store.remove('item', itemKey(list.id, item.id));
    const deleted: DeletedItemDoc = {
      id: item.id,
      listId: list.id,
      changeSeq: state.store.next('change'),
    };
    state.store.put('deletedItem', deletedKey(list.id, item.id), deleted, list.id);
    return c.body(null, 204);
  });

  graph.get(`${base}/:itemId/versions`, (c) => {
    requireScope(c, SCOPES.sitesRead);
    const { list } = listContext(c, state);
    return c.json({
      value: versionResources(state, findItem(state, list, pathParam(c, 'itemId'))),
    });
  });
}
