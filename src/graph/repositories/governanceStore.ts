/** The governance repositories of one team, one per governance list. */
import type { GraphApi } from '../api';
import type { SiteDirectory } from '../sites';
import type { GovernanceStore } from '../store';
import {
  assetMapper,
  contractMapper,
  dataOwnershipMapper,
  partnerMapper,
  roleMapper,
} from './governance';
import { accessMapper, dependencyMapper, dutyMapper } from './governanceDuties';
import { ListRepository } from './listRepository';

/** Opens the governance repositories over the team's lists. */
export function openGovernanceStore(api: GraphApi, directory: SiteDirectory): GovernanceStore {
  return {
    assets: new ListRepository(api, directory, assetMapper),
    partners: new ListRepository(api, directory, partnerMapper),
    contracts: new ListRepository(api, directory, contractMapper),
    dataOwnership: new ListRepository(api, directory, dataOwnershipMapper),
    roles: new ListRepository(api, directory, roleMapper),
    duties: new ListRepository(api, directory, dutyMapper),
    access: new ListRepository(api, directory, accessMapper),
    dependencies: new ListRepository(api, directory, dependencyMapper),
  };
}
