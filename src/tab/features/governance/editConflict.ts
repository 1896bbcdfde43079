/** The stored version of a record after a 412, and the rows that compare it with the user's. */
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { overwriteWithMine, readStored } from '../risks/conflict';

/** One compared field: its label and its value in both versions, as display text. */
export interface CompareRow {
  label: string;
  mine: string;
  theirs: string;
}

/** A conflict ready to show: the rows, or why they are missing, and the overwrite step. */
export interface EditConflict {
  rows: CompareRow[];
  problem?: 'gone' | 'loadFailed';
  overwrite: () => Promise<void>;
}

/** Turns a record into labelled display values, in the order the form shows them. */
export type DescribeRecord<T> = (record: T) => [label: string, value: string][];

/** Reads the stored version of `mine` and pairs its fields with mine. */
export async function loadEditConflict<T extends StoredRecord>(
  repository: Repository<T>,
  mine: T,
  describe: DescribeRecord<T>,
): Promise<EditConflict> {
  const overwrite = async () => {
    const outcome = await overwriteWithMine(repository, mine);
    if (outcome.kind === 'failed') throw outcome.error;
    if (outcome.kind !== 'saved') throw new Error(`[governance] '${mine.key}' is ${outcome.kind}`);
  };
  let theirs: T | undefined;
  try {
    theirs = await readStored(repository, mine.key);
  } catch (error) {
    console.error('[governance] reading the stored version failed', error);
    return { rows: [], problem: 'loadFailed', overwrite };
  }
  if (!theirs) return { rows: [], problem: 'gone', overwrite };
  const stored = describe(theirs);
  const rows = describe(mine).map(([label, value], index) => ({
    label,
    mine: value,
    theirs: stored[index]?.[1] ?? '',
  }));
  return { rows, overwrite };
}
