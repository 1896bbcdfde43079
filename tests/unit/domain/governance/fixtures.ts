/** Small builders and the report's four example situations as governance data. */
import type {
  Contract,
  Duty,
  DutyStatement,
  GovernanceData,
  PartyRef,
  RoleAssignment,
} from '../../../../src/domain/governance/model';
import { ORGANISATION, partnerParty } from '../../../../src/domain/governance/parties';

export const ORG = ORGANISATION;
export const partner = partnerParty;

export function emptyData(patch: Partial<GovernanceData> = {}): GovernanceData {
  return {
    organisationName: 'Gemeente A',
    assets: [],
    partners: [],
    contracts: [],
    dataOwnership: [],
    roles: [],
    duties: [],
    access: [],
    dependencies: [],
    ...patch,
  };
}

export function contract(
  key: string,
  client: PartyRef,
  supplier: PartyRef,
  patch: Partial<Contract> = {},
): Contract {
  return {
    key,
    title: key,
    kind: 'serviceAgreement',
    client,
    supplier,
    startDate: '2024-01-01',
    noticeMonths: 0,
    tacitRenewal: false,
    assetKeys: [],
    ...patch,
  };
}

export function handOver(
  key: string,
  from: PartyRef,
  to: PartyRef,
  patch: Partial<RoleAssignment> = {},
): RoleAssignment {
  return { key, assetKey: 'servers', role: 'secure', from, to, ...patch };
}

export function says(party: PartyRef, claim: DutyStatement['claim']): DutyStatement {
  return { party, claim };
}

export function duty(key: string, statements: DutyStatement[], patch: Partial<Duty> = {}): Duty {
  return { key, kind: 'patching', assetKeys: ['servers'], statements, ...patch };
}

function firm(key: string, name: string) {
  return { key, name, kind: 'firm' as const };
}

/** Situation 1: A hires B for the application servers, B uses data centre C, C hires D for security. */
export function dataCentreChain(): GovernanceData {
  return emptyData({
    assets: [
      {
        key: 'servers',
        name: 'Applicatieservers',
        kind: 'hardware',
        usedBy: [{ kind: 'gemeente' }],
      },
    ],
    partners: [firm('b', 'Firma B'), firm('c', 'Firma C'), firm('d', 'Firma D')],
    contracts: [
      contract('a-b', ORG, partner('b'), { assetKeys: ['servers'] }),
      contract('b-c', partner('b'), partner('c')),
      contract('c-d', partner('c'), partner('d')),
    ],
    roles: [
      handOver('r1', ORG, partner('b'), { contractKey: 'a-b' }),
      handOver('r2', partner('b'), partner('c'), { contractKey: 'b-c' }),
      handOver('r3', partner('c'), partner('d'), { contractKey: 'c-d' }),
    ],
  });
}

/** Situation 2: independent B manages the network, firm C the servers, and each thinks the other patches. */
export function patchDeferral(): GovernanceData {
  return emptyData({
    assets: [{ key: 'servers', name: 'Servers', kind: 'hardware', usedBy: [] }],
    partners: [{ key: 'b', name: 'Zelfstandige B', kind: 'independent' }, firm('c', 'Firma C')],
    contracts: [contract('a-b', ORG, partner('b')), contract('a-c', ORG, partner('c'))],
    duties: [
      duty('patch', [
        says(partner('b'), { kind: 'otherParty', party: partner('c') }),
        says(partner('c'), { kind: 'otherParty', party: partner('b') }),
      ]),
    ],
  });
}

/** Situation 3: helpdesk B has remote control and admin rights, and relies on C for its security. */
export function helpdeskSubcontractor(): GovernanceData {
  return emptyData({
    partners: [firm('b', 'Helpdeskprovider B'), firm('c', 'Firma C')],
    contracts: [contract('a-b', ORG, partner('b'), { kind: 'sla' })],
    access: [
      {
        key: 'b-access',
        partnerKey: 'b',
        kinds: ['remoteControl', 'administrator'],
        assetKeys: [],
      },
    ],
    dependencies: [
      { key: 'b-c', partnerKey: 'b', dependsOn: partner('c'), roles: ['manage', 'secure'] },
    ],
  });
}

/** Situation 4: an application from Y must be linked to an application from Z. */
export function interfaceYZ(): GovernanceData {
  return emptyData({
    assets: [
      { key: 'app-y', name: 'Toepassing Y', kind: 'software', usedBy: [] },
      { key: 'app-z', name: 'Toepassing Z', kind: 'software', usedBy: [] },
    ],
    partners: [firm('y', 'Firma Y'), firm('z', 'Firma Z')],
    contracts: [
      contract('a-y', ORG, partner('y'), { kind: 'licence', assetKeys: ['app-y'] }),
      contract('a-z', ORG, partner('z'), { kind: 'licence', assetKeys: ['app-z'] }),
    ],
    duties: [
      duty('link', [says(partner('y'), { kind: 'notUs' }), says(partner('z'), { kind: 'notUs' })], {
        kind: 'interface',
        assetKeys: ['app-y', 'app-z'],
        interfaceAssetKeys: ['app-y', 'app-z'],
      }),
    ],
  });
}
