/**
 * Writes validated import rows one by one, and when a write fails, removes what was written so the
 * lists hold either the whole import or none of it.
 */
import type { LocalizedText } from '../../content/model';
import type { ImportedRow } from './importSpec';

/** Creates and removes one record. `create` resolves to what `remove` needs, such as the item id. */
export interface ImportWriter<Record, Written> {
  create(record: Record): Promise<Written>;
  remove(written: Written): Promise<void>;
}

/**
 * The outcome of an import write. `rolledBack` means nothing is left, and `rollbackIncomplete`
 * lists the written records that could not be removed, which the user must remove by hand.
 */
export type ImportWriteResult<Written> =
  | { status: 'written'; written: Written[]; message: LocalizedText }
  | {
      status: 'rolledBack';
      failedRowNumber: number;
      error: unknown;
      removedCount: number;
      message: LocalizedText;
    }
  | {
      status: 'rollbackIncomplete';
      failedRowNumber: number;
      error: unknown;
      removedCount: number;
      leftOver: Written[];
      message: LocalizedText;
    };

async function removeAll<Written>(
  writer: ImportWriter<unknown, Written>,
  written: Written[],
): Promise<Written[]> {
  const leftOver: Written[] = [];
  // Newest first, so a partial rollback leaves the oldest rows, which are easiest to find.
  for (const item of [...written].reverse()) {
    try {
      await writer.remove(item);
    } catch {
      leftOver.unshift(item);
    }
  }
  return leftOver;
}

/** Writes every row in order and rolls back on the first failure. Writer errors go into the result. */
export async function writeWithRollback<Record, Written>(
  rows: ImportedRow<Record>[],
  writer: ImportWriter<Record, Written>,
): Promise<ImportWriteResult<Written>> {
  const written: Written[] = [];
  for (const row of rows) {
    try {
      written.push(await writer.create(row.record));
    } catch (error) {
      const leftOver = await removeAll(writer, written);
      return failure(row.rowNumber, error, written.length - leftOver.length, leftOver);
    }
  }
  return {
    status: 'written',
    written,
    message: {
      nl: `${written.length} rijen geïmporteerd.`,
      en: `${written.length} rows imported.`,
    },
  };
}

function failure<Written>(
  rowNumber: number,
  error: unknown,
  removedCount: number,
  leftOver: Written[],
): ImportWriteResult<Written> {
  const failed = {
    nl: `Rij ${rowNumber} kon niet worden opgeslagen.`,
    en: `Row ${rowNumber} could not be saved.`,
  };
  if (leftOver.length === 0) {
    return {
      status: 'rolledBack',
      failedRowNumber: rowNumber,
      error,
      removedCount,
      message: {
        nl: `${failed.nl} De ${removedCount} rijen die al waren opgeslagen, zijn weer verwijderd. Er is niets geïmporteerd. Probeer het opnieuw.`,
        en: `${failed.en} The ${removedCount} rows already saved have been removed again. Nothing was imported. Try again.`,
      },
    };
  }
  return {
    status: 'rollbackIncomplete',
    failedRowNumber: rowNumber,
    error,
    removedCount,
    leftOver,
    message: {
      nl: `${failed.nl} ${removedCount} opgeslagen rijen zijn weer verwijderd, maar ${leftOver.length} konden niet worden verwijderd. Verwijder die met de hand voordat u opnieuw importeert.`,
      en: `${failed.en} ${removedCount} saved rows have been removed again, but ${leftOver.length} could not be removed. Remove those by hand before importing again.`,
    },
  };
}
