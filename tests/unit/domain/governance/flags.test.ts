// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { governanceFlags } from '../../../../src/domain/governance/flags';
import {
  contract,
  dataCentreChain,
  duty,
  emptyData,
  helpdeskSubcontractor,
  interfaceYZ,
  ORG,
  partner,
  patchDeferral,
  says,
} from './fixtures';

function codes(data: Parameters<typeof governanceFlags>[0]): string[] {
  return governanceFlags(data).map((flag) => flag.code);
}

describe('data centre chain', () => {
  it('flags the doer without contract', () => {
    const flags = governanceFlags(dataCentreChain());
    expect(flags.map((flag) => flag.code)).toEqual(['chain-without-contract']);
    expect(flags[0]!.records).toContainEqual({ type: 'partner', key: 'd' });
    expect(flags[0]!.records).toContainEqual({ type: 'partner', key: 'c' });
    expect(flags[0]!.records).not.toContainEqual({ type: 'partner', key: 'b' });
    expect(flags[0]!.message.nl).toContain('Firma D doet het werk voor Applicatieservers');
    expect(flags[0]!.message.en).toContain('no contract with Firma C and Firma D');
  });

  it('raises nothing once the bestuur contracts the doer', () => {
    const data = dataCentreChain();
    data.contracts.push(contract('a-d', ORG, partner('d'), { kind: 'sla' }));
    expect(codes(data)).toEqual([]);
  });
});

describe('patch deferral', () => {
  it('flags two parties pointing at each other', () => {
    const flags = governanceFlags(patchDeferral());
    expect(flags.map((flag) => flag.code)).toEqual(['duty-mutual-deferral']);
    expect(flags[0]!.records).toEqual([{ type: 'duty', key: 'patch' }]);
    expect(flags[0]!.message.nl).toContain('Zelfstandige B denkt dat Firma C');
    expect(flags[0]!.message.en).toContain('Firma C believes Zelfstandige B does');
  });

  it('raises nothing once one party takes the duty', () => {
    const data = patchDeferral();
    data.duties[0]!.statements[1] = says(partner('c'), { kind: 'weDoIt' });
    expect(codes(data)).toEqual([]);
  });
});

describe('helpdesk subcontractor', () => {
  it('flags privileged access resting on an unknown firm', () => {
    const flags = governanceFlags(helpdeskSubcontractor());
    expect(flags.map((flag) => flag.code)).toEqual(['privileged-access-unknown-subcontractor']);
    expect(flags[0]!.records).toContainEqual({ type: 'partner', key: 'c' });
    expect(flags[0]!.message.nl).toContain('overname op afstand en administratorrechten');
    expect(flags[0]!.message.en).toContain('rests on Firma C');
  });

  it('follows security dependencies to any depth', () => {
    const data = helpdeskSubcontractor();
    data.contracts.push(contract('a-c', ORG, partner('c')));
    data.partners.push({ key: 'd', name: 'Firma D', kind: 'firm' });
    data.dependencies.push({
      key: 'c-d',
      partnerKey: 'c',
      dependsOn: partner('d'),
      roles: ['secure'],
    });
    const flags = governanceFlags(data);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.records).toContainEqual({ type: 'partner', key: 'd' });
    expect(flags[0]!.records).not.toContainEqual({ type: 'partner', key: 'c' });
  });

  it('ignores dependencies for roles other than security', () => {
    const data = helpdeskSubcontractor();
    data.dependencies[0]!.roles = ['manage'];
    expect(codes(data)).toEqual([]);
  });

  it('raises nothing once the bestuur has an agreement with the firm', () => {
    const data = helpdeskSubcontractor();
    data.contracts.push(contract('a-c', ORG, partner('c'), { kind: 'sla' }));
    expect(codes(data)).toEqual([]);
  });
});

describe('interface between Y and Z', () => {
  it('flags the interface without owner', () => {
    const flags = governanceFlags(interfaceYZ());
    expect(flags.map((flag) => flag.code)).toEqual(['interface-without-owner']);
    expect(flags[0]!.message.nl).toContain('Toepassing Y van Firma Y en Toepassing Z van Firma Z');
    expect(flags[0]!.message.en).toContain('has no owner');
  });

  it('raises nothing once an agreement names a lead', () => {
    const data = interfaceYZ();
    data.duties[0]!.lead = { party: partner('y'), contractKey: 'a-y' };
    expect(codes(data)).toEqual([]);
  });
});

describe('duty flags', () => {
  it('flags a duty nobody does', () => {
    const data = emptyData({
      duties: [duty('backup', [says(ORG, { kind: 'notUs' })], { kind: 'backup' })],
    });
    const flags = governanceFlags(data);
    expect(flags.map((flag) => flag.code)).toEqual(['duty-unclaimed']);
    expect(flags[0]!.message.nl).toContain('Back-up voor servers');
  });

  it('flags a duty without statements', () => {
    expect(codes(emptyData({ duties: [duty('firewall', [])] }))).toEqual(['duty-unclaimed']);
  });

  it('flags two doers without a lead', () => {
    const data = emptyData({
      partners: [{ key: 'b', name: 'Firma B', kind: 'firm' }],
      duties: [
        duty('patch', [says(ORG, { kind: 'weDoIt' }), says(partner('b'), { kind: 'weDoIt' })]),
      ],
    });
    const flags = governanceFlags(data);
    expect(flags.map((flag) => flag.code)).toEqual(['duty-shared-without-lead']);
    expect(flags[0]!.message.nl).toContain('Gemeente A en Firma B');
  });

  it('accepts two doers with a named lead', () => {
    const data = emptyData({
      duties: [
        duty('patch', [says(ORG, { kind: 'weDoIt' }), says(partner('b'), { kind: 'weDoIt' })], {
          lead: { party: ORG },
        }),
      ],
    });
    expect(codes(data)).toEqual([]);
  });

  it('accepts one doer and one pointer to it', () => {
    const data = emptyData({
      duties: [
        duty('patch', [
          says(ORG, { kind: 'otherParty', party: partner('b') }),
          says(partner('b'), { kind: 'weDoIt' }),
        ]),
      ],
    });
    expect(codes(data)).toEqual([]);
  });
});

describe('flag messages', () => {
  const situations = [
    ['data centre chain', dataCentreChain()],
    ['patch deferral', patchDeferral()],
    ['helpdesk subcontractor', helpdeskSubcontractor()],
    ['interface between Y and Z', interfaceYZ()],
  ] as const;

  it.each(situations)('%s has a sentence per language', (_, data) => {
    for (const flag of governanceFlags(data)) {
      expect(flag.message.nl.length).toBeGreaterThan(20);
      expect(flag.message.en.length).toBeGreaterThan(20);
      expect(flag.message.nl).not.toBe(flag.message.en);
      expect(flag.message.nl).not.toMatch(/undefined|\[object/);
      expect(flag.message.en).not.toMatch(/undefined|\[object/);
    }
  });

  it('names an unknown partner by its key', () => {
    const data = patchDeferral();
    data.partners = [];
    const [flag] = governanceFlags(data);
    expect(flag!.message.nl).toContain('B denkt dat c');
  });
});

describe('flag sentences', () => {
  it('capitalises the bestuur at the start', () => {
    const data = patchDeferral();
    data.organisationName = undefined;
    data.duties[0]!.statements = [
      says(ORG, { kind: 'otherParty', party: partner('c') }),
      says(partner('c'), { kind: 'otherParty', party: ORG }),
    ];
    const [flag] = governanceFlags(data);
    expect(flag!.message.nl).toMatch(/^Het bestuur denkt dat Firma C/);
    expect(flag!.message.en).toMatch(/^The local government believes Firma C/);
  });
});
