/** Loads the team's risks and keeps the list in step with what the editor saves. */
import { useCallback, useEffect, useState } from 'react';
import type { Risk } from '../../../domain/model';
import type { Repository } from '../../../graph/store';

/** Progress of loading the register. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/** The register's state and the ways to change it. */
export interface RiskRegister {
  risks: Risk[];
  status: LoadStatus;
  reload: () => Promise<void>;
  /** Puts a saved or re-read risk in the list, replacing the one with the same key. */
  put: (risk: Risk) => void;
}

/** Loads the risks once on mount, and again on `reload`. */
export function useRiskRegister(repository: Repository<Risk>): RiskRegister {
  const [risks, setRisks] = useState<Risk[]>([]);
  const [status, setStatus] = useState<LoadStatus>('loading');

  const reload = useCallback(async () => {
    setStatus('loading');
    try {
      setRisks(await repository.list());
      setStatus('ready');
    } catch (error) {
      console.error('[risks] loading the register failed', error);
      setStatus('failed');
    }
  }, [repository]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const put = useCallback((risk: Risk) => {
    setRisks((current) => {
      const others = current.filter((item) => item.key !== risk.key);
      return [...others, risk];
    });
  }, []);

  return { risks, status, reload, put };
}
