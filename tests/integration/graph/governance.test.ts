import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contract, Duty, Partner, RoleAssignment } from '../../../src/domain/governance/model';
import type { GraphApi } from '../../../src/graph/api';
import { LISTS, SCHEMA_VERSION, type ListDefinition } from '../../../src/graph/schema';
import type { GovernanceStore, RisicoradarStore } from '../../../src/graph/store';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

const GOVERNANCE_IDS = [
  'assets',
  'partners',
  'contracts',
  'dataOwnership',
  'assetRoles',
  'duties',
  'access',
  'dependencies',
];

let standIn: StandIn;
let api: GraphApi;
let siteId: string;
let store: RisicoradarStore;
let governance: GovernanceStore;

interface SiteList {
  id: string;
  displayName: string;
}

async function siteLists(): Promise<SiteList[]> {
  return api.pages<SiteList>(`/sites/${siteId}/lists?$select=id,displayName`);
}

// A team as the release before the governance lists left it: the core lists without the
// columns that link a risk to assets and partners.
async function createOlderLists(): Promise<void> {
  const older = LISTS.filter((list) => !GOVERNANCE_IDS.includes(list.id));
  for (const list of older) {
    const columns = list.columns.filter(
      (column) => !(list.id === 'risks' && ['AssetKeys', 'PartnerKeys'].includes(column.name)),
    );
    await api.post(`/sites/${siteId}/lists`, {
      displayName: list.displayName,
      columns,
      list: { template: 'genericList' },
    });
  }
}

beforeAll(async () => {
  standIn = await startStandIn();
  api = standIn.graphApi().api;
  siteId = (await api.get<{ id: string }>(`/groups/${GROUP_ID}/sites/root`)).id;
  await createOlderLists();
  store = standIn.session().openStore({ groupId: GROUP_ID });
});

afterAll(async () => {
  await standIn?.close();
});

const partner: Partner = { key: 'partner-b', name: 'Firma B', kind: 'firm' };

const contract: Contract = {
  key: 'contract-servers',
  title: 'Beheer applicatieservers',
  kind: 'serviceAgreement',
  client: { kind: 'organisation' },
  supplier: { kind: 'partner', partnerKey: 'partner-b' },
  startDate: '2024-01-01',
  endDate: '2027-01-31',
  noticeMonths: 3,
  tacitRenewal: true,
  cost: { amount: 12_500.5, per: 'year' },
  assetKeys: ['asset-servers'],
  owner: { id: 'u-1', userPrincipalName: 'griet@zonnedorp.example', displayName: 'Griet' },
};

describe('governance lists', () => {
  it('upgrade adds only the governance lists', async () => {
    const before = (await siteLists()).length;

    const result = await store.provision();

    const names = (await siteLists()).map((list) => list.displayName);
    const added = LISTS.filter((list) => GOVERNANCE_IDS.includes(list.id));
    expect(result.createdLists.sort()).toEqual(added.map((list) => list.displayName).sort());
    expect(names).toHaveLength(before + added.length);
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('upgrade adds the link columns to risks', async () => {
    const risks = (await siteLists()).find((list) => list.displayName === 'Risicoradar risico’s')!;

    const columns = await api.pages<{ name: string }>(`/sites/${siteId}/lists/${risks.id}/columns`);

    expect(columns.map((column) => column.name)).toEqual(
      expect.arrayContaining(['AssetKeys', 'PartnerKeys']),
    );
  });

  it('gives each governance list its columns', async () => {
    const lists = await siteLists();
    const added = LISTS.filter((list) => GOVERNANCE_IDS.includes(list.id));
    for (const definition of added as ListDefinition[]) {
      const list = lists.find((entry) => entry.displayName === definition.displayName)!;
      const columns = await api.pages<{ name: string }>(
        `/sites/${siteId}/lists/${list.id}/columns`,
      );
      const names = columns.map((column) => column.name);
      for (const expected of definition.columns) expect(names).toContain(expected.name);
    }
  });

  it('round-trips a partner and a contract', async () => {
    governance = store.governance!;
    await governance.partners.create({
      ...partner,
      contact: { name: 'Bart', email: 'b@b.example' },
    });
    await governance.contracts.create(contract);

    const [storedPartner] = await governance.partners.list();
    const [storedContract] = await governance.contracts.list();

    expect(storedPartner!.contact).toEqual({ name: 'Bart', email: 'b@b.example' });
    expect(storedContract!.supplier).toEqual({ kind: 'partner', partnerKey: 'partner-b' });
    expect(storedContract!.client).toEqual({ kind: 'organisation' });
    expect(storedContract!.cost).toEqual({ amount: 12_500.5, per: 'year' });
    expect(storedContract!.tacitRenewal).toBe(true);
    expect(storedContract!.endDate).toBe('2027-01-31');
    expect(storedContract!.owner).toEqual(contract.owner);
    expect(storedContract!.assetKeys).toEqual(['asset-servers']);
  });

  it('round-trips a role chain link', async () => {
    const role: RoleAssignment = {
      key: 'role-1',
      assetKey: 'asset-servers',
      role: 'manage',
      from: { kind: 'partner', partnerKey: 'partner-b' },
      to: { kind: 'partner', partnerKey: 'partner-c' },
      contractKey: 'contract-dc',
    };
    await store.governance!.roles.create(role);

    const [stored] = await store.governance!.roles.list();

    expect(stored!.from).toEqual(role.from);
    expect(stored!.to).toEqual(role.to);
    expect(stored!.contractKey).toBe('contract-dc');
    expect(stored!.contactName).toBeUndefined();
  });

  it('round-trips a duty with statements', async () => {
    const duty: Duty = {
      key: 'duty-patch',
      kind: 'patching',
      assetKeys: ['asset-servers'],
      statements: [
        {
          party: { kind: 'partner', partnerKey: 'b' },
          claim: { kind: 'otherParty', party: { kind: 'partner', partnerKey: 'c' } },
        },
        { party: { kind: 'partner', partnerKey: 'c' }, claim: { kind: 'notUs' } },
      ],
    };
    await store.governance!.duties.create(duty);

    const [stored] = await store.governance!.duties.list();

    expect(stored!.statements).toEqual(duty.statements);
    expect(stored!.interfaceAssetKeys).toBeUndefined();
    expect(stored!.lead).toBeUndefined();
  });

  it('stores the assets and partners of a risk', async () => {
    await store.risks.create({
      key: 'risk-linked',
      title: 'Patches ontbreken',
      description: '',
      domain: 'd7',
      cause: '',
      likelihood: 3,
      impact: 4,
      status: 'open',
      origin: 'own',
      assetKeys: ['asset-servers'],
      partnerKeys: ['partner-b'],
    });

    const stored = (await store.risks.list()).find((risk) => risk.key === 'risk-linked')!;

    expect(stored.assetKeys).toEqual(['asset-servers']);
    expect(stored.partnerKeys).toEqual(['partner-b']);
  });

  it('second provision creates nothing', async () => {
    const result = await store.provision();

    expect(result.createdLists).toEqual([]);
  });
});
