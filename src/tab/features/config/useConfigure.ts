/** Provisions the lists for the configuration page and reads who will be able to read them. */
import { useCallback, useEffect, useState } from 'react';
import type { Progress, ProvisionResult, RisicoradarStore } from '../../../graph/store';
import type { DataReaders } from '../../../graph/teams';

/** The configuration page's state. */
export interface ConfigureState {
  progress?: Progress;
  result?: ProvisionResult;
  error?: unknown;
  readers?: DataReaders;
  readersError?: unknown;
  retry(): void;
}

/** Runs provisioning once per attempt, and calls `onProvisioned` after it succeeded. */
export function useConfigure(
  store: RisicoradarStore,
  onProvisioned: () => Promise<void>,
): ConfigureState {
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<ProvisionResult>();
  const [error, setError] = useState<unknown>();
  const [readers, setReaders] = useState<DataReaders>();
  const [readersError, setReadersError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    store
      .provision((next) => !cancelled && setProgress(next))
      .then(async (provisioned) => {
        if (cancelled) return;
        setResult(provisioned);
        await onProvisioned();
      })
      .catch((failure: unknown) => !cancelled && setError(failure));
    return () => {
      cancelled = true;
    };
  }, [store, attempt, onProvisioned]);

  useEffect(() => {
    store.teams
      ?.readers()
      .then(setReaders)
      .catch((failure: unknown) => {
        console.error('[config] reading the team members failed', failure);
        setReadersError(failure);
      });
  }, [store]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { progress, result, error, readers, readersError, retry };
}
