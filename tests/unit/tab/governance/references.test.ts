import { describe, expect, it } from 'vitest';
import type { GovernanceData } from '../../../../src/domain/governance/model';
import type { Risk } from '../../../../src/domain/model';
import { findReferences } from '../../../../src/tab/features/governance/references';

const partner = (key: string) => ({ kind: 'partner' as const, partnerKey: key });

function chainData(): GovernanceData {
  return {
    assets: [{ key: 'servers', name: 'Applicatieservers', kind: 'hardware', usedBy: [] }],
    partners: [
      { key: 'b', name: 'Firma B', kind: 'firm' },
      { key: 'c', name: 'Datacenter C', kind: 'firm' },
      { key: 'd', name: 'Firma D', kind: 'firm' },
      { key: 'lonely', name: 'Firma zonder iets', kind: 'firm' },
    ],
    contracts: [
      {
        key: 'contract-b',
        title: 'Beheer servers',
        kind: 'serviceAgreement',
        client: { kind: 'organisation' },
        supplier: partner('b'),
        startDate: '2024-05-02',
        noticeMonths: 3,
        tacitRenewal: true,
        assetKeys: ['servers'],
      },
    ],
    dataOwnership: [],
    roles: [
      {
        key: 'role-c',
        assetKey: 'servers',
        role: 'manage',
        from: partner('b'),
        to: partner('c'),
        contractKey: 'contract-b',
      },
    ],
    duties: [
      {
        key: 'patching',
        kind: 'patching',
        assetKeys: [],
        statements: [
          { party: { kind: 'organisation' }, claim: { kind: 'otherParty', party: partner('d') } },
        ],
      },
    ],
    access: [{ key: 'access-d', partnerKey: 'd', kinds: ['remoteControl'], assetKeys: [] }],
    dependencies: [],
  };
}

const risk = { key: 'risk-1', title: 'Uitval servers', assetKeys: ['servers'] } as Risk;

describe('findReferences', () => {
  it('partner named by contract and role', () => {
    const found = findReferences(chainData(), [], { type: 'partner', key: 'b' });

    expect(found.records).toEqual([
      { type: 'contract', key: 'contract-b' },
      { type: 'role', key: 'role-c' },
    ]);
    expect(found.risks).toEqual([]);
  });

  it('partner named only in a claim', () => {
    const found = findReferences(chainData(), [], { type: 'partner', key: 'd' });

    expect(found.records).toEqual([
      { type: 'duty', key: 'patching' },
      { type: 'access', key: 'access-d' },
    ]);
  });

  it('partner nobody names is free', () => {
    const found = findReferences(chainData(), [risk], { type: 'partner', key: 'lonely' });

    expect(found.records).toEqual([]);
    expect(found.risks).toEqual([]);
  });

  it('asset named by records and a risk', () => {
    const found = findReferences(chainData(), [risk], { type: 'asset', key: 'servers' });

    expect(found.records).toEqual([
      { type: 'contract', key: 'contract-b' },
      { type: 'role', key: 'role-c' },
    ]);
    expect(found.risks.map((entry) => entry.key)).toEqual(['risk-1']);
  });

  it('contract named by the role under it', () => {
    const found = findReferences(chainData(), [], { type: 'contract', key: 'contract-b' });

    expect(found.records).toEqual([{ type: 'role', key: 'role-c' }]);
  });

  it('leaf record has no references', () => {
    const found = findReferences(chainData(), [risk], { type: 'role', key: 'role-c' });

    expect(found).toEqual({ records: [], risks: [] });
  });
});
