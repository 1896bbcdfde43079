/** Saves the settings with their ETag, re-reads them after a 412, and moves affected reviews. */
import { useState } from 'react';
import type { PlanSettings, Risk } from '../../../../domain/model';
import { reviewCycles } from '../../../../domain/reviewDates';
import type { RisicoradarStore } from '../../../../graph/store';
import { isConflict } from '../../../shell/errors';
import { risksToReschedule } from './reschedule';

/** State of a save, with the number of risks whose review date moved and failed to move. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; rescheduled: number; notRescheduled: number }
  | { kind: 'conflict'; current?: PlanSettings }
  | { kind: 'failed'; error: unknown };

/** Inputs of the hook from the page: the store and the register's state. */
export interface SettingsSaveOptions {
  store: RisicoradarStore;
  risks: readonly Risk[];
  onSettingsSaved: (settings: PlanSettings) => void;
  onRiskSaved: (risk: Risk) => void;
}

async function saveRisks(
  store: RisicoradarStore,
  risks: Risk[],
  onRiskSaved: (risk: Risk) => void,
): Promise<number> {
  const outcomes = await Promise.allSettled(risks.map((risk) => store.risks.update(risk)));
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') onRiskSaved(outcome.value);
    else {
      failed += 1;
      console.error('[risks] moving a review date to the new period failed', outcome.reason);
    }
  }
  return failed;
}

/** Returns the save state and a save function that takes the settings read and the new ones. */
export function useSettingsSave({
  store,
  risks,
  onSettingsSaved,
  onRiskSaved,
}: SettingsSaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  async function save(read: PlanSettings | undefined, next: PlanSettings): Promise<SaveState> {
    setState({ kind: 'saving' });
    const outcome = await attempt(read, next);
    setState(outcome);
    return outcome;
  }

  async function attempt(read: PlanSettings | undefined, next: PlanSettings): Promise<SaveState> {
    try {
      const saved = await store.settings.save(next);
      onSettingsSaved(saved);
      const moved = risksToReschedule(
        risks,
        reviewCycles(read?.reviewCycleDays),
        reviewCycles(saved.reviewCycleDays),
      );
      const failed = await saveRisks(store, moved, onRiskSaved);
      return { kind: 'saved', rescheduled: moved.length - failed, notRescheduled: failed };
    } catch (error) {
      if (!isConflict(error)) {
        console.error('[risks] saving the risk settings failed', error);
        return { kind: 'failed', error };
      }
      const current = await store.settings.get().catch((reread: unknown) => {
        console.error('[risks] reading the settings after a conflict failed', reread);
        return undefined;
      });
      if (current) onSettingsSaved(current);
      return { kind: 'conflict', current };
    }
  }

  return { state, save };
}
