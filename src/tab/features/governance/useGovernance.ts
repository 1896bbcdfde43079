/** Loads the governance lists with the risks and actions they are linked to. */
import { useCallback, useEffect, useState } from 'react';
import type { GovernanceData } from '../../../domain/governance/model';
import type { Action, Risk } from '../../../domain/model';
import type { GovernanceStore, RisicoradarStore } from '../../../graph/store';

/** Everything the Governance page shows, as loaded. */
export interface GovernanceSnapshot {
  data: GovernanceData;
  risks: Risk[];
  actions: Action[];
}

/** The page's loading state; `unavailable` when the store has no governance lists. */
export type GovernanceLoad =
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; snapshot: GovernanceSnapshot };

/** The loaded state, and a reload after a write. */
export interface GovernanceResult {
  load: GovernanceLoad;
  reload: () => Promise<void>;
}

/** Reads all eight governance lists, the risks and the actions, in parallel. */
export async function readGovernance(
  governance: GovernanceStore,
  store: RisicoradarStore,
): Promise<GovernanceSnapshot> {
  const [assets, partners, contracts, dataOwnership, roles, duties, access, dependencies] =
    await Promise.all([
      governance.assets.list(),
      governance.partners.list(),
      governance.contracts.list(),
      governance.dataOwnership.list(),
      governance.roles.list(),
      governance.duties.list(),
      governance.access.list(),
      governance.dependencies.list(),
    ]);
  const [risks, actions] = await Promise.all([store.risks.list(), store.actions.list()]);
  return {
    data: { assets, partners, contracts, dataOwnership, roles, duties, access, dependencies },
    risks,
    actions,
  };
}

/** Loads once on mount and again on `reload`. */
export function useGovernance(store: RisicoradarStore): GovernanceResult {
  const [load, setLoad] = useState<GovernanceLoad>({ state: 'loading' });

  const reload = useCallback(async () => {
    const governance = store.governance;
    if (!governance) {
      setLoad({ state: 'unavailable' });
      return;
    }
    try {
      setLoad({ state: 'ready', snapshot: await readGovernance(governance, store) });
    } catch (error) {
      console.error('[governance] loading the lists failed', error);
      setLoad({ state: 'failed', error });
    }
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { load, reload };
}
