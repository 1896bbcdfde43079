// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  resolveAllRoleChains,
  resolveRoleChain,
  resolveRolePaths,
} from '../../../../src/domain/governance/chain';
import { describeRoleChain } from '../../../../src/domain/governance/chainText';
import { governanceFlags } from '../../../../src/domain/governance/flags';
import { partyId } from '../../../../src/domain/governance/parties';
import { contract, dataCentreChain, emptyData, handOver, ORG, partner } from './fixtures';

function depthFour() {
  const data = dataCentreChain();
  data.partners.push({ key: 'e', name: 'Firma E', kind: 'firm' });
  data.roles.push(handOver('r4', partner('d'), partner('e')));
  return data;
}

describe('resolveRoleChain', () => {
  it('follows hand-overs to depth four', () => {
    const chain = resolveRoleChain(depthFour(), 'servers', 'secure');
    expect(chain.status).toBe('resolved');
    expect(chain.links.map((link) => link.assignmentKey)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(chain.parties.map(partyId)).toEqual([
      'organisation',
      'partner:b',
      'partner:c',
      'partner:d',
      'partner:e',
    ]);
    expect(chain.doer).toEqual(partner('e'));
  });

  it('keeps contracts on the links', () => {
    const chain = resolveRoleChain(dataCentreChain(), 'servers', 'secure');
    expect(chain.links.map((link) => link.contractKey)).toEqual(['a-b', 'b-c', 'c-d']);
  });

  it('detects a cycle back into the chain', () => {
    const data = dataCentreChain();
    data.roles.push(handOver('back', partner('d'), partner('b')));
    const chain = resolveRoleChain(data, 'servers', 'secure');
    expect(chain.status).toBe('cycle');
    expect(chain.cycleLink?.assignmentKey).toBe('back');
    expect(chain.doer).toBeUndefined();
    expect(governanceFlags(data).map((flag) => flag.code)).toEqual(['chain-cycle']);
  });

  it('detects a cycle back to the bestuur', () => {
    const data = emptyData({
      roles: [handOver('r1', ORG, partner('b')), handOver('r2', partner('b'), ORG)],
    });
    expect(resolveRoleChain(data, 'servers', 'secure').status).toBe('cycle');
  });

  it('reports a role nobody received', () => {
    const chain = resolveRoleChain(dataCentreChain(), 'servers', 'patch');
    expect(chain.status).toBe('unassigned');
    expect(chain.doer).toBeUndefined();
  });

  it('reports a role the bestuur keeps', () => {
    const data = emptyData({ roles: [handOver('own', ORG, ORG)] });
    const chain = resolveRoleChain(data, 'servers', 'secure');
    expect(chain.status).toBe('inHouse');
    expect(chain.doer).toEqual(ORG);
  });

  it('reports a party handing one role to two', () => {
    const data = dataCentreChain();
    data.roles.push(handOver('r2b', partner('b'), partner('x')));
    const chain = resolveRoleChain(data, 'servers', 'secure');
    expect(chain.status).toBe('branched');
    expect(chain.branches?.map((link) => link.assignmentKey)).toEqual(['r2', 'r2b']);
  });

  it('keeps roles of other assets apart', () => {
    const data = dataCentreChain();
    data.roles.push(handOver('other', partner('b'), partner('x'), { assetKey: 'mail' }));
    expect(resolveRoleChain(data, 'servers', 'secure').links).toHaveLength(3);
    expect(resolveAllRoleChains(data)).toHaveLength(2);
  });
});

describe('describeRoleChain', () => {
  it('names every hand-over in Dutch', () => {
    const data = dataCentreChain();
    const text = describeRoleChain(data, resolveRoleChain(data, 'servers', 'secure'));
    expect(text.nl).toBe(
      'Rol ‘Beveiligen’ voor Applicatieservers. Gemeente A geeft deze rol aan Firma B. ' +
        'Firma B geeft deze rol aan Firma C. Firma C geeft deze rol aan Firma D. Firma D voert het werk uit.',
    );
  });

  it('names every hand-over in English', () => {
    const data = dataCentreChain();
    data.organisationName = undefined;
    const text = describeRoleChain(data, resolveRoleChain(data, 'servers', 'secure'));
    expect(text.en).toBe(
      'Role ‘Secure’ for Applicatieservers. The local government hands this role to Firma B. ' +
        'Firma B hands this role to Firma C. Firma C hands this role to Firma D. Firma D does the work.',
    );
  });

  it('says a cycle has no sure doer', () => {
    const data = dataCentreChain();
    data.roles.push(handOver('back', partner('d'), partner('b')));
    const text = describeRoleChain(data, resolveRoleChain(data, 'servers', 'secure'));
    expect(text.nl).toContain('Firma D geeft de rol terug aan Firma B');
    expect(text.en).toContain('the chain loops');
  });
});

describe('resolveRolePaths', () => {
  function twoDataCentres() {
    const data = dataCentreChain();
    data.partners.push({ key: 'x', name: 'Datacenter X', kind: 'firm' });
    data.roles.push(handOver('r2b', partner('b'), partner('x')));
    return data;
  }

  it('splits a branch into one chain per path', () => {
    const paths = resolveRolePaths(twoDataCentres(), 'servers', 'secure');
    expect(paths.map((path) => path.status)).toEqual(['resolved', 'resolved']);
    expect(paths.map((path) => path.doer)).toEqual([partner('d'), partner('x')]);
    expect(paths[1]!.links.map((link) => link.assignmentKey)).toEqual(['r1', 'r2b']);
  });

  it('flags every path whose doer lacks a contract', () => {
    const flags = governanceFlags(twoDataCentres());
    expect(flags.map((flag) => flag.code)).toEqual([
      'chain-without-contract',
      'chain-without-contract',
    ]);
    expect(flags[1]!.message.nl).toContain('Datacenter X doet het werk');
  });

  it('flags only the path without contract', () => {
    const data = twoDataCentres();
    data.contracts.push(contract('a-d', ORG, partner('d')));
    const flags = governanceFlags(data);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.records).toContainEqual({ type: 'partner', key: 'x' });
  });

  it('ends a looping branch as a cycle', () => {
    const data = twoDataCentres();
    data.roles.push(handOver('back', partner('x'), partner('b')));
    const paths = resolveRolePaths(data, 'servers', 'secure');
    expect(paths.map((path) => path.status)).toEqual(['resolved', 'cycle']);
    expect(paths[1]!.cycleLink?.assignmentKey).toBe('back');
  });

  it('returns the single chain without branches', () => {
    const paths = resolveRolePaths(dataCentreChain(), 'servers', 'secure');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.doer).toEqual(partner('d'));
  });
});
