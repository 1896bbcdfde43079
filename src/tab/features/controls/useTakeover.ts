/** Takes the 20 measures over from the active round, and later brings their levels in line. */
import { useState } from 'react';
import type { Answer, Control } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { planTakeover } from './measureControls';

/** The takeover's state: what it would change, and the result of the last run. */
export interface Takeover {
  missing: number;
  outdated: number;
  running: boolean;
  result?: { created: number; updated: number };
  failure?: unknown;
  run: () => Promise<void>;
}

/** Plans from the loaded controls; `onSaved` receives each control as it is written. */
export function useTakeover(
  repository: Repository<Control>,
  answers: readonly Answer[],
  controls: readonly Control[],
  onSaved: (control: Control) => void,
): Takeover {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Takeover['result']>();
  const [failure, setFailure] = useState<unknown>();
  const plan = planTakeover(answers, controls);

  async function run() {
    setRunning(true);
    setFailure(undefined);
    try {
      // One at a time, so a failure part-way leaves the written controls in the view, and a
      // second run creates only the rest: the fixed client keys make a repeated create harmless.
      for (const control of plan.create) onSaved(await repository.create(control));
      for (const control of plan.update) onSaved(await repository.update(control));
      setResult({ created: plan.create.length, updated: plan.update.length });
    } catch (error) {
      console.error('[controls] taking over the measures failed', error);
      setFailure(error);
    } finally {
      setRunning(false);
    }
  }

  return {
    missing: plan.create.length,
    outdated: plan.update.length,
    running,
    result,
    failure,
    run,
  };
}
