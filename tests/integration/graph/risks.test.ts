import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Risk } from '../../../src/domain/model';
import type { GraphApi } from '../../../src/graph/api';
import { RiskListRepository } from '../../../src/graph/repositories/risks';
import { listDefinition } from '../../../src/graph/schema';
import { SiteDirectory } from '../../../src/graph/sites';
import { GROUP_ID, startStandIn, upnOf, USER_IDS, type StandIn } from './standIn';

const NEW_COLUMNS = [
  'Consequences',
  'ResidualLikelihood',
  'ResidualImpact',
  'Treatment',
  'AcceptanceReason',
  'AcceptedByName',
  'AcceptedUntil',
  'ActionOwners',
  'Responsibility',
  'ExternalParty',
  'LastReview',
  'NextReview',
];

const RISKS_LIST = 'Risicoradar risico’s';

let standIn: StandIn;
let api: GraphApi;
let siteId: string;

function repositoryFor(userPrincipalName: string): RiskListRepository {
  const { api: userApi } = standIn.graphApi(userPrincipalName);
  return new RiskListRepository(userApi, new SiteDirectory(userApi, GROUP_ID));
}

async function riskColumns(graph: GraphApi, site: string): Promise<string[]> {
  const lists = await graph.pages<{ id: string; displayName: string }>(`/sites/${site}/lists`);
  const list = lists.find((candidate) => candidate.displayName === RISKS_LIST)!;
  const columns = await graph.pages<{ name: string }>(`/sites/${site}/lists/${list.id}/columns`);
  return columns.map((column) => column.name);
}

const BASE_RISK: Risk = {
  key: 'risk-backup',
  title: 'Back-ups worden niet getest',
  description: '',
  domain: 'd12',
  cause: 'Geen hersteltest',
  likelihood: 4,
  impact: 5,
  status: 'open',
  origin: 'own',
};

beforeAll(async () => {
  standIn = await startStandIn();
  api = standIn.graphApi().api;
  siteId = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
});

afterAll(async () => {
  await standIn?.close();
});

describe('risk columns on an upgraded site', () => {
  it('adds the new columns to an older risk list', async () => {
    const older = listDefinition('risks').columns.filter(
      (column) => !NEW_COLUMNS.some((name) => column.name.startsWith(name.replace(/Name$/, ''))),
    );
    await api.post(`/sites/${siteId}/lists`, {
      displayName: RISKS_LIST,
      columns: older,
      list: { template: 'genericList' },
    });
    expect(await riskColumns(api, siteId)).not.toContain('Consequences');

    await standIn.session().openStore({ groupId: GROUP_ID }).provision();

    const names = await riskColumns(api, siteId);
    for (const column of NEW_COLUMNS) expect(names).toContain(column);
  });

  it('stores and reads every new field', async () => {
    const repository = repositoryFor(upnOf(USER_IDS.director));
    const koen = { id: USER_IDS.ictOfficer, userPrincipalName: 'koen', displayName: 'Koen Maes' };
    const full: Risk = {
      ...BASE_RISK,
      key: 'risk-full',
      consequences: 'Gegevens "kwijt" & 🌧',
      residualLikelihood: 2,
      residualImpact: 3,
      treatment: 'accept',
      acceptance: { reason: 'Te duur', acceptedBy: koen, until: '2028-02-29' },
      actionOwners: [koen],
      responsibility: 'external',
      externalParty: 'Zon & Co',
      lastReview: '2026-12-04',
      nextReview: '2027-03-04',
    };

    await repository.create(full);
    const read = (await repository.list()).find((risk) => risk.key === 'risk-full')!;

    const { id, etag, modified, ...fields } = read;
    expect(id).toBeDefined();
    expect(etag).toBeDefined();
    expect(modified).toBeDefined();
    expect(fields).toEqual(full);
  });

  it('clears the residual score and acceptance', async () => {
    const repository = repositoryFor(upnOf(USER_IDS.director));
    const stored = (await repository.list()).find((risk) => risk.key === 'risk-full')!;

    await repository.update({
      ...stored,
      residualLikelihood: undefined,
      residualImpact: undefined,
      treatment: 'reduce',
    });
    const read = (await repository.list()).find((risk) => risk.key === 'risk-full')!;

    expect(read.residualLikelihood).toBeUndefined();
    expect(read.residualImpact).toBeUndefined();
    expect(read.acceptance).toBeUndefined();
  });

  it('rejects a stale update of a new field with 412', async () => {
    const repository = repositoryFor(upnOf(USER_IDS.director));
    const stored = (await repository.list()).find((risk) => risk.key === 'risk-full')!;
    await repository.update({ ...stored, consequences: 'Eerste' });

    await expect(repository.update({ ...stored, consequences: 'Tweede' })).rejects.toMatchObject({
      status: 412,
    });
  });
});

describe('risk history', () => {
  it('lists two edits with old and new values and who', async () => {
    const director = repositoryFor(upnOf(USER_IDS.director));
    const officer = repositoryFor(upnOf(USER_IDS.ictOfficer));
    const created = await director.create({ ...BASE_RISK, key: 'risk-history' });
    const first = await officer.update({ ...created, likelihood: 5 });
    await director.update({ ...first, nextReview: '2027-03-04' });

    const history = await director.history(created);

    expect(history).toHaveLength(3);
    expect(history[0]!.created).toBe(true);
    expect(history[1]!.modifiedBy).toBe('Koen Maes');
    expect(history[1]!.changes).toEqual([
      { field: 'Likelihood', label: 'Waarschijnlijkheid', from: '4', to: '5' },
    ]);
    expect(history[2]!.modifiedBy).toBe('Griet Vermeulen');
    expect(history[2]!.changes).toEqual([
      { field: 'NextReview', label: 'Volgende herziening', from: undefined, to: '2027-03-04' },
    ]);
  });

  it('shows a person change once, by name', async () => {
    const director = repositoryFor(upnOf(USER_IDS.director));
    const stored = (await director.list()).find((risk) => risk.key === 'risk-history')!;
    const koen = { id: USER_IDS.ictOfficer, userPrincipalName: 'koen', displayName: 'Koen Maes' };

    await director.update({ ...stored, riskOwner: koen });
    const last = (await director.history(stored)).at(-1)!;

    expect(last.changes).toEqual([
      { field: 'RiskOwnerName', label: 'Risico-eigenaar', from: undefined, to: 'Koen Maes' },
    ]);
  });
});

describe('risk columns on a fresh site', () => {
  it('creates the risk list with the new columns', async () => {
    const fresh = await startStandIn();
    try {
      const freshApi = fresh.graphApi().api;
      await fresh.session().openStore({ groupId: GROUP_ID }).provision();
      const freshSite = (await freshApi.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;

      const names = await riskColumns(freshApi, freshSite);

      for (const column of NEW_COLUMNS) expect(names).toContain(column);
    } finally {
      await fresh.close();
    }
  });
});

describe('register settings', () => {
  it('stores top domains, review cycles and renamed labels', async () => {
    const store = standIn.session().openStore({ groupId: GROUP_ID });

    await store.settings.save({
      key: 'plan',
      topDomains: ['d2', 'd8', 'd12'],
      reviewCycleDays: { critical: 60 },
      levelLabels: { level: { critical: 'Onaanvaardbaar' } },
    });
    const read = await store.settings.get();

    expect(read?.topDomains).toEqual(['d2', 'd8', 'd12']);
    expect(read?.reviewCycleDays).toEqual({ critical: 60 });
    expect(read?.levelLabels).toEqual({ level: { critical: 'Onaanvaardbaar' } });
  });
});
