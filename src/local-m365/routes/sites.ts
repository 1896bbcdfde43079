/** Sites and lists: the team site, list creation with columns, and schema upgrades. */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { SCOPES, requireMember, requireScope } from '../auth';
import { genericListColumns, parseColumn } from '../columns';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { matchesFilter, parseFilter } from '../odata-filter';
import {
  applySelect,
  parseExpand,
  parseSelect,
  pathParam,
  queryOption,
  readJsonObject,
} from '../odata-query';
import type { GroupDoc, SiteDoc } from '../seed';
import {
  type ListDoc,
  identitySet,
  resolveList,
  resolveSite,
  siteResource,
} from '../sharepoint-model';

/** Graph's representation of a list; columns only when expanded. */
function listResource(
  state: LocalM365State,
  site: SiteDoc,
  list: ListDoc,
  withColumns: boolean,
): object {
  const resource: Record<string, unknown> = {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    id: list.id,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: `${site.webUrl}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: identitySet(state, list.createdById),
    lastModifiedBy: identitySet(state, list.createdById),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (withColumns) resource.columns = list.columns;
  return resource;
}

function expandsColumns(c: AppContext): boolean {
  return parseExpand(queryOption(c, 'expand')).some((entry) => entry.name === 'columns');
}

function createList(
  c: AppContext,
  state: LocalM365State,
  site: SiteDoc,
  body: Record<string, unknown>,
): ListDoc {
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || !displayName.trim()) {
    throw fail.badRequest("The list needs a 'displayName'.");
  }
  const taken = state.store
    .children<ListDoc>('list', site.id)
    .some((list) => list.displayName.toLowerCase() === displayName.toLowerCase());
  if (taken) {
    throw fail.conflict(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const template = ((body.list as { template?: string } | undefined)?.template ??
    'genericList') as string;
  if (template !== 'genericList')
    throw fail.badRequest(`List template '${template}' is not supported here.`);
  const columns = genericListColumns();
  for (const input of (body.columns as unknown[] | undefined) ?? [])
    columns.push(parseColumn(input, columns));
  const now = state.now().toISOString();
  const list: ListDoc = {
    id: randomUUID(),
    siteId: site.id,
    name: displayName.replace(/[^A-Za-z0-9]/g, '') || 'List',
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    template,
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdById: c.get('user').id,
    columns,
  };
  state.store.put('list', list.id, list, site.id);
  return list;
}

/** Registers the site, list and column routes. */
export function registerSiteRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.get('/groups/:groupId/sites/root', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const group = state.store.get<GroupDoc>('group', pathParam(c, 'groupId'));
    if (!group) throw fail.notFound(`Group '${pathParam(c, 'groupId')}' was not found.`);
    requireMember(c, group);
    const site = resolveSite(c, state, group.siteId);
    return c.json(applySelect(siteResource(site), parseSelect(queryOption(c, 'select'))));
  });

  graph.get('/sites/:siteId', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    return c.json(applySelect(siteResource(site), parseSelect(queryOption(c, 'select'))));
  });

  graph.get('/sites/:siteId/lists', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    const filterText = queryOption(c, 'filter');
    const filter = filterText ? parseFilter(filterText) : undefined;
    const select = parseSelect(queryOption(c, 'select'));
    const withColumns = expandsColumns(c);
    const value = state.store
      .children<ListDoc>('list', site.id)
      .filter(
        (list) =>
          !filter ||
          matchesFilter(filter, (field) => (list as unknown as Record<string, unknown>)[field]),
      )
      .map((list) =>
        applySelect(
          listResource(state, site, list, withColumns),
          select && [...select, ...(withColumns ? ['columns'] : [])],
        ),
      );
    return c.json({ value });
  });

  graph.post('/sites/:siteId/lists', async (c) => {
    requireScope(c, SCOPES.sitesManage);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    const list = createList(c, state, site, await readJsonObject(c));
    return c.json(listResource(state, site, list, true), 201);
  });

  graph.get('/sites/:siteId/lists/:listId', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    const list = resolveList(state, site, pathParam(c, 'listId'));
    const select = parseSelect(queryOption(c, 'select'));
    const withColumns = expandsColumns(c);
    return c.json(
      applySelect(listResource(state, site, list, withColumns), select && [...select, 'columns']),
    );
  });

  graph.get('/sites/:siteId/lists/:listId/columns', (c) => {
    requireScope(c, SCOPES.sitesRead);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    return c.json({ value: resolveList(state, site, pathParam(c, 'listId')).columns });
  });

  graph.post('/sites/:siteId/lists/:listId/columns', async (c) => {
    requireScope(c, SCOPES.sitesManage);
    const site = resolveSite(c, state, pathParam(c, 'siteId'));
    const list = resolveList(state, site, pathParam(c, 'listId'));
    const column = parseColumn(await readJsonObject(c), list.columns);
    list.columns.push(column);
    list.lastModifiedDateTime = state.now().toISOString();
    state.store.put('list', list.id, list, site.id);
    return c.json(column, 201);
  });
}
