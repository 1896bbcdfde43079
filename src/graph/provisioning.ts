/** Creates the app's lists on the team's site, or adds what is missing; safe to run again. */
import type { GraphApi } from './api';
import { expectSuccess } from './batch';
import { LISTS, SCHEMA_VERSION, type ColumnDefinition, type ListId } from './schema';
import { matchLists, type SiteDirectory } from './sites';
import type { ProgressHandler, ProvisionResult } from './store';

/** ClientKey of the settings item that records the schema version. */
export const SCHEMA_ITEM_KEY = 'schema-version';

interface SchemaItem {
  id: string;
  fields: { SchemaVersion?: number };
}

async function createList(api: GraphApi, siteId: string, id: ListId): Promise<string> {
  const definition = LISTS.find((list) => list.id === id)!;
  const created = await api.post<{ id: string }>(`/sites/${siteId}/lists`, {
    displayName: definition.displayName,
    description: definition.description,
    columns: definition.columns,
    list: { template: 'genericList' },
  });
  return created.id;
}

/** Adds the columns a list lacks, reading all existing lists' columns in one batch. */
async function addMissingColumns(
  api: GraphApi,
  siteId: string,
  existing: [ListId, string][],
): Promise<void> {
  const reads = existing.map(([, listId]) => ({
    method: 'GET' as const,
    url: `/sites/${siteId}/lists/${listId}/columns?$select=name`,
  }));
  const results = await api.batch(reads);
  const additions = existing.flatMap(([id, listId], index) => {
    const names = new Set(
      expectSuccess<{ value: { name: string }[] }>(results[index]!).value.map((c) => c.name),
    );
    const missing = LISTS.find((list) => list.id === id)!.columns.filter((c) => !names.has(c.name));
    return missing.map((column: ColumnDefinition) => ({
      method: 'POST' as const,
      url: `/sites/${siteId}/lists/${listId}/columns`,
      body: column,
    }));
  });
  if (additions.length === 0) return;
  for (const result of await api.batch(additions)) expectSuccess(result);
}

/** Records the schema version in the settings list, for a later release that adds columns. */
async function recordSchemaVersion(api: GraphApi, settingsPath: string): Promise<void> {
  const filter = encodeURIComponent(`fields/ClientKey eq '${SCHEMA_ITEM_KEY}'`);
  const found = await api.pages<SchemaItem>(
    `${settingsPath}/items?expand=fields(select=SchemaVersion)&$filter=${filter}`,
  );
  const item = found[0];
  if (!item) {
    await api.post(`${settingsPath}/items`, {
      fields: { Title: 'Schemaversie', ClientKey: SCHEMA_ITEM_KEY, SchemaVersion: SCHEMA_VERSION },
    });
  } else if ((item.fields.SchemaVersion ?? 0) < SCHEMA_VERSION) {
    await api.patch(`${settingsPath}/items/${item.id}/fields`, { SchemaVersion: SCHEMA_VERSION });
  }
}

/** Provisions the five lists and their columns, reporting one progress step per list. */
export async function provisionLists(
  api: GraphApi,
  directory: SiteDirectory,
  onProgress?: ProgressHandler,
): Promise<ProvisionResult> {
  const total = LISTS.length + 2;
  const report = (done: number, step: string) => onProgress?.({ done, total, step });
  report(0, 'provision.site');
  const siteId = await directory.site();
  const lists = matchLists(await directory.lists());
  report(1, 'provision.lists');

  const createdLists: string[] = [];
  const existing: [ListId, string][] = [...lists.entries()];
  for (const [index, definition] of LISTS.entries()) {
    if (!lists.has(definition.id)) {
      lists.set(definition.id, await createList(api, siteId, definition.id));
      createdLists.push(definition.displayName);
    }
    report(2 + index, `provision.list.${definition.id}`);
  }
  if (existing.length > 0) await addMissingColumns(api, siteId, existing);
  directory.remember(lists);

  await recordSchemaVersion(api, `/sites/${siteId}/lists/${lists.get('settings')!}`);
  report(total, 'provision.done');
  return { siteId, createdLists, schemaVersion: SCHEMA_VERSION };
}
