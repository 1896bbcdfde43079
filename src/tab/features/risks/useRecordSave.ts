/** Saves a risk with its ETag and walks the user through a 412 conflict. */
import { useState } from 'react';
import type { Risk } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { overwriteWithMine, readStored, saveRecord, type SaveOutcome } from './conflict';

/** A 412 being resolved: my unsaved version, and the stored one once it has been read. */
export interface RiskConflict {
  mine: Risk;
  theirs?: Risk;
  problem?: 'loadFailed' | 'gone';
}

/** The save state the editor renders. */
export interface RiskSave {
  saving: boolean;
  /** The error of the last failed save, other than a conflict. */
  failure?: unknown;
  conflict?: RiskConflict;
  save: (risk: Risk) => Promise<void>;
  keepTheirs: () => void;
  overwrite: () => Promise<void>;
}

/** Saves risks. `onDone` gets the saved risk, or undefined when the user kept the stored version. */
export function useRiskSave(
  repository: Repository<Risk>,
  onDone: (saved: Risk | undefined) => void,
): RiskSave {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState<RiskConflict>();

  async function showConflict(mine: Risk) {
    setConflict({ mine });
    try {
      const theirs = await readStored(repository, mine.key);
      setConflict(theirs ? { mine, theirs } : { mine, problem: 'gone' });
    } catch (error) {
      console.error('[risks] reading the stored version failed', error);
      setConflict({ mine, problem: 'loadFailed' });
    }
  }

  async function settle(outcome: SaveOutcome<Risk> | { kind: 'gone' }, mine: Risk) {
    if (outcome.kind === 'saved') {
      setConflict(undefined);
      onDone(outcome.record);
    } else if (outcome.kind === 'conflict') {
      await showConflict(mine);
    } else if (outcome.kind === 'gone') {
      setConflict({ mine, problem: 'gone' });
    } else {
      console.error('[risks] saving failed', outcome.error);
      setConflict(undefined);
      setFailure(outcome.error ?? new Error('save failed'));
    }
  }

  async function run(work: () => Promise<SaveOutcome<Risk> | { kind: 'gone' }>, mine: Risk) {
    setSaving(true);
    setFailure(undefined);
    try {
      await settle(await work(), mine);
    } finally {
      setSaving(false);
    }
  }

  return {
    saving,
    failure,
    conflict,
    save: (risk) => run(() => saveRecord(repository, risk), risk),
    keepTheirs: () => {
      setConflict(undefined);
      onDone(undefined);
    },
    overwrite: async () => {
      if (conflict) await run(() => overwriteWithMine(repository, conflict.mine), conflict.mine);
    },
  };
}
