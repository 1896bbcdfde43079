import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphApi } from '../../../src/graph/api';
import { SCHEMA_VERSION } from '../../../src/graph/schema';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let api: GraphApi;
let siteId: string;
let settingsListId: string;

// The settings list as schema version 1 created it, before the type step columns existed.
const VERSION_ONE_COLUMNS = [
  { name: 'ClientKey', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true },
  { name: 'TargetDate', text: { maxLength: 10 } },
  { name: 'PlannerPlanId', text: { maxLength: 255 } },
  { name: 'ActiveRoundKey', text: { maxLength: 255 } },
  { name: 'SchemaVersion', number: { decimalPlaces: 'none' } },
];

async function columnNames(listId: string): Promise<string[]> {
  const columns = await api.pages<{ name: string }>(`/sites/${siteId}/lists/${listId}/columns`);
  return columns.map((column) => column.name);
}

async function schemaVersion(): Promise<number | undefined> {
  const items = await api.pages<{ fields: { ClientKey: string; SchemaVersion?: number } }>(
    `/sites/${siteId}/lists/${settingsListId}/items?expand=fields(select=ClientKey,SchemaVersion)`,
  );
  return items.find((item) => item.fields.ClientKey === 'schema-version')?.fields.SchemaVersion;
}

beforeAll(async () => {
  standIn = await startStandIn();
  api = standIn.graphApi().api;
  siteId = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
  const list = await api.post<{ id: string }>(`/sites/${siteId}/lists`, {
    displayName: 'Risicoradar instellingen',
    columns: VERSION_ONE_COLUMNS,
    list: { template: 'genericList' },
  });
  settingsListId = list.id;
  const path = `/sites/${siteId}/lists/${settingsListId}/items`;
  await api.post(path, {
    fields: { Title: 'Schemaversie', ClientKey: 'schema-version', SchemaVersion: 1 },
  });
  await api.post(path, {
    fields: { Title: 'Actieplan', ClientKey: 'plan', TargetDate: '2027-06-30' },
  });
});

afterAll(async () => {
  await standIn?.close();
});

describe('settings type step columns', () => {
  it('adds IctTypes and StepStates to a version 1 list', async () => {
    expect(await columnNames(settingsListId)).not.toContain('StepStates');

    const result = await standIn.session().openStore({ groupId: GROUP_ID }).provision();

    const names = await columnNames(settingsListId);
    expect(names).toContain('IctTypes');
    expect(names).toContain('StepStates');
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await schemaVersion()).toBe(SCHEMA_VERSION);
  });

  it('keeps the older settings and stores types and step states', async () => {
    const store = standIn.session().openStore({ groupId: GROUP_ID });
    await store.provision();
    const before = await store.settings.get();
    expect(before?.targetDate).toBe('2027-06-30');
    expect(before?.ictTypes).toBeUndefined();

    await store.settings.save({
      ...before!,
      ictTypes: ['t1', 't3'],
      stepStates: {
        't1-b1-1': { done: true },
        't1-b3-1': { done: false, choice: 't1-b3-1b', actionKey: 'step-t1-b3-1' },
        't1-b2-1': { done: false },
      },
    });
    const after = await standIn.session().openStore({ groupId: GROUP_ID }).settings.get();

    expect(after?.targetDate).toBe('2027-06-30');
    expect(after?.ictTypes).toEqual(['t1', 't3']);
    expect(after?.stepStates).toEqual({
      't1-b1-1': { done: true },
      't1-b3-1': { done: false, choice: 't1-b3-1b', actionKey: 'step-t1-b3-1' },
    });
  });

  it('drops step states that are not valid JSON', async () => {
    const store = standIn.session().openStore({ groupId: GROUP_ID });
    const current = (await store.settings.get())!;
    await api.patch(`/sites/${siteId}/lists/${settingsListId}/items/${current.id}/fields`, {
      StepStates: '{not json',
      IctTypes: 't2,t9,x',
    });

    const read = await store.settings.get();

    expect(read?.stepStates).toBeUndefined();
    expect(read?.ictTypes).toEqual(['t2']);
  });
});
