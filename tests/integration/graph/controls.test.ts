import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphApi } from '../../../src/graph/api';
import { LISTS, SCHEMA_VERSION } from '../../../src/graph/schema';
import type { Answer } from '../../../src/domain/model';
import type { RisicoradarStore } from '../../../src/graph/store';
import { planTakeover } from '../../../src/tab/features/controls/measureControls';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let api: GraphApi;
let siteId: string;

interface SiteList {
  id: string;
  displayName: string;
}

const CONTROLS = 'Risicoradar beheersmaatregelen';

async function siteLists(): Promise<SiteList[]> {
  return api.pages<SiteList>(`/sites/${siteId}/lists?$select=id,displayName`);
}

// The lists as schema version 3 left them: all but the controls, and the version recorded.
async function createVersionThreeLists(): Promise<string> {
  let settingsId = '';
  for (const definition of LISTS.filter((list) => list.id !== 'controls')) {
    const list = await api.post<SiteList>(`/sites/${siteId}/lists`, {
      displayName: definition.displayName,
      columns: definition.columns,
      list: { template: 'genericList' },
    });
    if (definition.id === 'settings') settingsId = list.id;
  }
  await api.post(`/sites/${siteId}/lists/${settingsId}/items`, {
    fields: { Title: 'Schemaversie', ClientKey: 'schema-version', SchemaVersion: 3 },
  });
  return settingsId;
}

async function recordedVersion(settingsId: string): Promise<number | undefined> {
  const items = await api.pages<{ fields: { ClientKey: string; SchemaVersion?: number } }>(
    `/sites/${siteId}/lists/${settingsId}/items?expand=fields(select=ClientKey,SchemaVersion)`,
  );
  return items.find((item) => item.fields.ClientKey === 'schema-version')?.fields.SchemaVersion;
}

async function takeOver(store: RisicoradarStore, answers: Answer[]): Promise<void> {
  const plan = planTakeover(answers, await store.controls!.list());
  for (const control of plan.create) await store.controls!.create(control);
  for (const control of plan.update) await store.controls!.update(control);
}

const partlyAnswer: Answer = {
  key: 'r1:q16:patchManagement',
  roundKey: 'r1',
  questionId: 'q16',
  rowKey: 'patchManagement',
  value: { kind: 'grid', row: 'patchManagement', column: 'partly' },
};

beforeAll(async () => {
  standIn = await startStandIn();
  api = standIn.graphApi().api;
  siteId = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
});

afterAll(async () => {
  await standIn?.close();
});

describe('controls list', () => {
  it('is added to a site that has the older lists', async () => {
    const settingsId = await createVersionThreeLists();

    const result = await standIn.session().openStore({ groupId: GROUP_ID }).provision();

    expect(result.createdLists).toEqual([CONTROLS]);
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await recordedVersion(settingsId)).toBe(SCHEMA_VERSION);
  });

  it('is created with all its columns', async () => {
    const list = (await siteLists()).find((candidate) => candidate.displayName === CONTROLS)!;
    const columns = await api.pages<{ name: string }>(`/sites/${siteId}/lists/${list.id}/columns`);
    const names = columns.map((column) => column.name);

    for (const column of LISTS.find((definition) => definition.id === 'controls')!.columns) {
      expect(names).toContain(column.name);
    }
  });

  it('creates the 20 measures once when taken over twice', async () => {
    const store = standIn.session().openStore({ groupId: GROUP_ID });

    await takeOver(store, [partlyAnswer]);
    await takeOver(store, [partlyAnswer]);
    // A second member whose page loaded before the first takeover plans all 20 again.
    for (const control of planTakeover([partlyAnswer], []).create) {
      await store.controls!.create(control);
    }

    const controls = await store.controls!.list();
    expect(controls).toHaveLength(20);
    expect(new Set(controls.map((control) => control.key)).size).toBe(20);
    const patch = controls.find((control) => control.measureKey === 'patchManagement')!;
    expect(patch.level).toBe('partly');
    expect(patch.domains).toEqual(['d8', 'd6']);
  });

  it('keeps links and responsibility when the level is taken over again', async () => {
    const store = standIn.session().openStore({ groupId: GROUP_ID });
    const patch = (await store.controls!.list()).find((c) => c.measureKey === 'patchManagement')!;
    await store.controls!.update({
      ...patch,
      riskKeys: ['risk-1'],
      responsibility: 'external',
      externalParty: 'ICT-partner "Zon & Co" 🌞',
    });

    await takeOver(store, [
      { ...partlyAnswer, value: { ...partlyAnswer.value, column: 'largely' } as Answer['value'] },
    ]);

    const after = (await store.controls!.list()).find((c) => c.key === patch.key)!;
    expect(after.level).toBe('largely');
    expect(after.riskKeys).toEqual(['risk-1']);
    expect(after.externalParty).toBe('ICT-partner "Zon & Co" 🌞');
  });
});

describe('controls list on a fresh site', () => {
  it('is created with the other lists', async () => {
    const fresh = await startStandIn();
    try {
      const freshApi = fresh.graphApi().api;
      const { createdLists } = await fresh.session().openStore({ groupId: GROUP_ID }).provision();
      const freshSite = (await freshApi.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
      const lists = await freshApi.pages<SiteList>(`/sites/${freshSite}/lists?$select=displayName`);

      expect(createdLists).toHaveLength(LISTS.length);
      expect(lists.map((list) => list.displayName)).toContain(CONTROLS);
    } finally {
      await fresh.close();
    }
  });
});
