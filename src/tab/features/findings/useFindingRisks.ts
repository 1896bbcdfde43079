/** The register's risks that came from findings, and adding a finding as a risk. */
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../../domain/findings';
import type { Risk, Round } from '../../../domain/model';
import { useSession } from '../../shell/StoreContext';
import { riskFromFinding } from './findingRisk';

/** The state of adding one finding. */
export type AddState = { state: 'adding' } | { state: 'failed'; error: unknown };

/** Rule ids already in the register, the add state per rule, and the add operation. */
export interface FindingRisks {
  loadState: 'loading' | 'ready' | 'failed';
  loadError?: unknown;
  inRegister: ReadonlySet<string>;
  addStates: ReadonlyMap<string, AddState>;
  add(finding: Finding, round: Round): Promise<void>;
}

function ruleIdsOf(risks: Risk[]): Set<string> {
  const fromFindings = risks.filter((risk) => risk.origin === 'finding' && risk.originRef);
  return new Set(fromFindings.map((risk) => risk.originRef!));
}

/** Loads the risk register once and adds findings to it through `store.risks.create`. */
export function useFindingRisks(): FindingRisks {
  const { store } = useSession();
  const [loadState, setLoadState] = useState<FindingRisks['loadState']>('loading');
  const [loadError, setLoadError] = useState<unknown>();
  const [inRegister, setInRegister] = useState<ReadonlySet<string>>(new Set());
  const [addStates, setAddStates] = useState<ReadonlyMap<string, AddState>>(new Map());

  useEffect(() => {
    let cancelled = false;
    store.risks
      .list()
      .then((risks) => {
        if (cancelled) return;
        setInRegister(ruleIdsOf(risks));
        setLoadState('ready');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(error);
        setLoadState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [store]);

  const setAddState = (ruleId: string, next: AddState | undefined) =>
    setAddStates((previous) => {
      const copy = new Map(previous);
      if (next) copy.set(ruleId, next);
      else copy.delete(ruleId);
      return copy;
    });

  const add = useCallback(
    async (finding: Finding, round: Round) => {
      setAddState(finding.ruleId, { state: 'adding' });
      try {
        await store.risks.create(riskFromFinding(finding, round));
        setInRegister((previous) => new Set(previous).add(finding.ruleId));
        setAddState(finding.ruleId, undefined);
      } catch (error) {
        setAddState(finding.ruleId, { state: 'failed', error });
      }
    },
    [store],
  );

  return { loadState, loadError, inRegister, addStates, add };
}
