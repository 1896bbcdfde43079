import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contract, Partner } from '../../../src/domain/governance/model';
import { GraphRequestError } from '../../../src/graph/errors';
import type { GovernanceStore } from '../../../src/graph/store';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let governance: GovernanceStore;

beforeAll(async () => {
  standIn = await startStandIn();
  const store = standIn.session().openStore({ groupId: GROUP_ID });
  await store.provision();
  governance = store.governance!;
});

afterAll(async () => {
  await standIn?.close();
});

const contract: Contract = {
  key: 'contract-edit',
  title: 'Onderhoud firewall',
  kind: 'maintenance',
  client: { kind: 'organisation' },
  supplier: { kind: 'partner', partnerKey: 'partner-edit' },
  startDate: '2025-01-01',
  endDate: '2027-01-31',
  noticeMonths: 3,
  tacitRenewal: false,
  assetKeys: [],
};

async function rejection(work: Promise<unknown>): Promise<GraphRequestError> {
  const error = await work.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(GraphRequestError);
  return error as GraphRequestError;
}

describe('governance edit and delete over Graph', () => {
  it('update with a fresh ETag stores it', async () => {
    const created = await governance.contracts.create(contract);

    const updated = await governance.contracts.update({ ...created, endDate: '2026-12-31' });

    const [stored] = (await governance.contracts.list()).filter(
      (entry) => entry.key === contract.key,
    );
    expect(stored!.endDate).toBe('2026-12-31');
    expect(updated.etag).not.toBe(created.etag);
    expect(stored!.etag).toBe(updated.etag);
  });

  it('update with a stale ETag gets 412', async () => {
    const [first] = (await governance.contracts.list()).filter(
      (entry) => entry.key === contract.key,
    );
    await governance.contracts.update({ ...first!, noticeMonths: 6 });

    const error = await rejection(
      governance.contracts.update({ ...first!, endDate: '2030-01-01' }),
    );

    expect(error.status).toBe(412);
    const [stored] = (await governance.contracts.list()).filter(
      (entry) => entry.key === contract.key,
    );
    expect(stored!.noticeMonths).toBe(6);
    expect(stored!.endDate).toBe('2026-12-31');
  });

  it('delete with a stale ETag gets 412', async () => {
    const partner: Partner = { key: 'partner-edit', name: 'Firma Edit', kind: 'firm' };
    const created = await governance.partners.create(partner);
    await governance.partners.update({ ...created, name: 'Firma Edit bv' });

    const error = await rejection(governance.partners.remove(created));

    expect(error.status).toBe(412);
    const keys = (await governance.partners.list()).map((entry) => entry.key);
    expect(keys).toContain('partner-edit');
  });

  it('delete with the current ETag removes it', async () => {
    const [current] = (await governance.partners.list()).filter(
      (entry) => entry.key === 'partner-edit',
    );

    await governance.partners.remove(current!);

    const keys = (await governance.partners.list()).map((entry) => entry.key);
    expect(keys).not.toContain('partner-edit');
  });
});
