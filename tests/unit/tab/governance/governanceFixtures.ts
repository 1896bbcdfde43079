/** A memory store with governance lists, and the records of the report's subcontracting example. */
import type {
  Asset,
  Contract,
  DataOwnership,
  Duty,
  PartyDependency,
  Partner,
  PrivilegedAccess,
  RoleAssignment,
} from '../../../../src/domain/governance/model';
import type { Action } from '../../../../src/domain/model';
import type { GovernanceStore } from '../../../../src/graph/store';
import {
  createMemoryStore,
  MemoryRepository,
  people,
  type MemoryStore,
} from '../fakes/memoryStore';

/** The governance repositories of the memory store, exposed for assertions. */
export interface MemoryGovernance extends GovernanceStore {
  assets: MemoryRepository<Asset>;
  partners: MemoryRepository<Partner>;
  contracts: MemoryRepository<Contract>;
  dataOwnership: MemoryRepository<DataOwnership>;
  roles: MemoryRepository<RoleAssignment>;
  duties: MemoryRepository<Duty>;
  access: MemoryRepository<PrivilegedAccess>;
  dependencies: MemoryRepository<PartyDependency>;
}

/** Creates a memory store whose push gives every action a task id and records each push. */
export function createGovernanceStore(): {
  store: MemoryStore;
  governance: MemoryGovernance;
  pushes: Action[][];
} {
  const store = createMemoryStore();
  const governance: MemoryGovernance = {
    assets: new MemoryRepository('asset'),
    partners: new MemoryRepository('partner'),
    contracts: new MemoryRepository('contract'),
    dataOwnership: new MemoryRepository('data'),
    roles: new MemoryRepository('role'),
    duties: new MemoryRepository('duty'),
    access: new MemoryRepository('access'),
    dependencies: new MemoryRepository('dependency'),
  };
  const pushes: Action[][] = [];
  store.governance = governance;
  store.planner.push = async (actions) => {
    pushes.push(actions);
    const pushed = actions.map((action) => ({
      ...action,
      plannerTaskId: action.plannerTaskId ?? `task-${action.key}`,
    }));
    for (const action of pushed) store.actions.seed(action);
    return {
      created: pushed.length,
      updated: 0,
      unchanged: 0,
      skippedDeleted: 0,
      planId: 'plan-1',
      requests: 1,
      actions: pushed,
      failures: [],
    };
  };
  return { store, governance, pushes };
}

/** Seeds firm B managing the servers for the bestuur and handing the role to data centre C. */
export function seedChain(governance: MemoryGovernance): void {
  governance.partners.seed({ key: 'b', name: 'Firma B', kind: 'firm' });
  governance.partners.seed({ key: 'c', name: 'Datacenter C', kind: 'firm' });
  governance.assets.seed({
    key: 'servers',
    name: 'Applicatieservers',
    kind: 'hardware',
    usedBy: [],
  });
  governance.contracts.seed({
    key: 'contract-b',
    title: 'Beheer servers',
    kind: 'serviceAgreement',
    client: { kind: 'organisation' },
    supplier: { kind: 'partner', partnerKey: 'b' },
    startDate: '2024-05-02',
    endDate: '2027-05-02',
    noticeMonths: 3,
    tacitRenewal: true,
    assetKeys: ['servers'],
    owner: people.an,
  });
  governance.roles.seed({
    key: 'role-b',
    assetKey: 'servers',
    role: 'manage',
    from: { kind: 'organisation' },
    to: { kind: 'partner', partnerKey: 'b' },
    contractKey: 'contract-b',
  });
  governance.roles.seed({
    key: 'role-c',
    assetKey: 'servers',
    role: 'manage',
    from: { kind: 'partner', partnerKey: 'b' },
    to: { kind: 'partner', partnerKey: 'c' },
  });
  governance.duties.seed({
    key: 'patching',
    kind: 'patching',
    assetKeys: ['servers'],
    statements: [
      {
        party: { kind: 'partner', partnerKey: 'b' },
        claim: { kind: 'otherParty', party: { kind: 'partner', partnerKey: 'c' } },
      },
      {
        party: { kind: 'partner', partnerKey: 'c' },
        claim: { kind: 'otherParty', party: { kind: 'partner', partnerKey: 'b' } },
      },
    ],
  });
}
