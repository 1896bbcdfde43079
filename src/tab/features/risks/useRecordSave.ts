/** Saves a stored record with its ETag and walks the user through a 412 conflict. */
import { useState } from 'react';
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { overwriteWithMine, readStored, saveRecord, type SaveOutcome } from './conflict';

/** A 412 being resolved: my unsaved version, and the stored one once it has been read. */
export interface RecordConflict<T> {
  mine: T;
  theirs?: T;
  problem?: 'loadFailed' | 'gone';
}

/** The save state the editor renders. */
export interface RecordSave<T> {
  saving: boolean;
  /** The error of the last failed save, other than a conflict. */
  failure?: unknown;
  conflict?: RecordConflict<T>;
  save: (record: T) => Promise<void>;
  keepTheirs: () => void;
  overwrite: () => Promise<void>;
}

/** Saves records. `onDone` gets the saved record, or undefined when the user kept the stored version. */
export function useRecordSave<T extends StoredRecord>(
  repository: Repository<T>,
  onDone: (saved: T | undefined) => void,
): RecordSave<T> {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState<RecordConflict<T>>();

  async function showConflict(mine: T) {
    setConflict({ mine });
    try {
      const theirs = await readStored(repository, mine.key);
      setConflict(theirs ? { mine, theirs } : { mine, problem: 'gone' });
    } catch (error) {
      console.error('[save] reading the stored version failed', error);
      setConflict({ mine, problem: 'loadFailed' });
    }
  }

  async function settle(outcome: SaveOutcome<T> | { kind: 'gone' }, mine: T) {
    if (outcome.kind === 'saved') {
      setConflict(undefined);
      onDone(outcome.record);
    } else if (outcome.kind === 'conflict') {
      await showConflict(mine);
    } else if (outcome.kind === 'gone') {
      setConflict({ mine, problem: 'gone' });
    } else {
      console.error('[save] saving failed', outcome.error);
      setConflict(undefined);
      setFailure(outcome.error ?? new Error('save failed'));
    }
  }

  async function run(work: () => Promise<SaveOutcome<T> | { kind: 'gone' }>, mine: T) {
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
    save: (record) => run(() => saveRecord(repository, record), record),
    keepTheirs: () => {
      setConflict(undefined);
      onDone(undefined);
    },
    overwrite: async () => {
      if (conflict) await run(() => overwriteWithMine(repository, conflict.mine), conflict.mine);
    },
  };
}
