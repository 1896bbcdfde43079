import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphApi } from '../../../src/graph/api';
import { LISTS, SCHEMA_VERSION } from '../../../src/graph/schema';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let api: GraphApi;
let siteId: string;

interface SiteList {
  id: string;
  displayName: string;
}

beforeAll(async () => {
  standIn = await startStandIn();
  api = standIn.graphApi().api;
  siteId = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
});

afterAll(async () => {
  await standIn?.close();
});

async function siteLists(): Promise<SiteList[]> {
  return api.pages<SiteList>(`/sites/${siteId}/lists?$select=id,displayName`);
}

async function columnNames(listId: string): Promise<string[]> {
  const columns = await api.pages<{ name: string }>(`/sites/${siteId}/lists/${listId}/columns`);
  return columns.map((column) => column.name);
}

describe('provisioning', () => {
  it('adds the columns an older list lacks', async () => {
    // A list as an older release might have left it: the key column only.
    const older = await api.post<SiteList>(`/sites/${siteId}/lists`, {
      displayName: 'Risicoradar rondes',
      columns: [{ name: 'ClientKey', text: {}, indexed: true, enforceUniqueValues: true }],
      list: { template: 'genericList' },
    });
    const steps: number[] = [];

    const result = await standIn
      .session()
      .openStore({ groupId: GROUP_ID })
      .provision((progress) => steps.push(progress.done));

    expect(result.createdLists).toHaveLength(LISTS.length - 1);
    expect(result.createdLists).not.toContain('Risicoradar rondes');
    expect(await columnNames(older.id)).toContain('ReferenceDate');
    expect(steps.at(-1)).toBe(LISTS.length + 2);
  });

  it('creates nothing on a second run', async () => {
    const before = await siteLists();

    const result = await standIn.session().openStore({ groupId: GROUP_ID }).provision();

    expect(result.createdLists).toEqual([]);
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    const after = await siteLists();
    expect(after.map((list) => list.id).sort()).toEqual(before.map((list) => list.id).sort());
  });

  it('gives every list its columns and a unique, indexed key', async () => {
    const lists = await siteLists();
    for (const definition of LISTS) {
      const list = lists.find((candidate) => candidate.displayName === definition.displayName)!;
      const columns = await api.pages<{
        name: string;
        indexed: boolean;
        enforceUniqueValues: boolean;
      }>(`/sites/${siteId}/lists/${list.id}/columns`);
      for (const expected of definition.columns) {
        expect(columns.some((column) => column.name === expected.name)).toBe(true);
      }
      const key = columns.find((column) => column.name === 'ClientKey')!;
      expect(key.indexed).toBe(true);
      expect(key.enforceUniqueValues).toBe(true);
    }
  });

  it('records the schema version once', async () => {
    const settings = (await siteLists()).find(
      (list) => list.displayName === 'Risicoradar instellingen',
    )!;
    const items = await api.pages<{ fields: { ClientKey: string; SchemaVersion: number } }>(
      `/sites/${siteId}/lists/${settings.id}/items?expand=fields(select=ClientKey,SchemaVersion)`,
    );
    const versions = items.filter((item) => item.fields.ClientKey === 'schema-version');
    expect(versions).toHaveLength(1);
    expect(versions[0]!.fields.SchemaVersion).toBe(SCHEMA_VERSION);
  });
});
