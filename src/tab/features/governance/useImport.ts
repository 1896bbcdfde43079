/** The import's steps: read a file, map columns, validate every row, then write with rollback. */
import { useState } from 'react';
import {
  suggestColumnMapping,
  validateImport,
  writeWithRollback,
  type ColumnMapping,
  type ImportedRow,
  type ImportSpec,
  type ImportValidation,
  type ImportWriteResult,
} from '../../../domain/governance/import';
import {
  assetImportSpec,
  contractImportSpec,
  type ImportedAsset,
  type ImportedContract,
} from '../../../domain/governance/importSpecs';
import type { GovernanceStore } from '../../../graph/store';
import { readSpreadsheet } from './importFile';
import { assetWriter, contractWriter } from './importWriters';
import type { GovernanceSnapshot } from './useGovernance';

/** What is imported. */
export type ImportKind = 'assets' | 'contracts';

/** The import's state and its steps. */
export interface ImportState {
  kind: ImportKind;
  spec: ImportSpec<unknown>;
  sheet?: string[][];
  readError?: unknown;
  reading: boolean;
  mapping: ColumnMapping;
  validation?: ImportValidation<unknown>;
  progress?: { done: number; total: number };
  result?: ImportWriteResult<unknown>;
  setKind: (kind: ImportKind) => void;
  readFile: (file: File) => Promise<void>;
  setColumn: (field: string, header: string) => void;
  validate: () => void;
  write: () => Promise<void>;
}

function specFor(kind: ImportKind): ImportSpec<unknown> {
  return (kind === 'assets' ? assetImportSpec : contractImportSpec) as ImportSpec<unknown>;
}

/** Keeps the import's state; `onWritten` reloads the page after a successful write. */
export function useImport(
  governance: GovernanceStore,
  snapshot: GovernanceSnapshot,
  onWritten: () => Promise<void>,
): ImportState {
  const [kind, setKindState] = useState<ImportKind>('assets');
  const [sheet, setSheet] = useState<string[][]>();
  const [readError, setReadError] = useState<unknown>();
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [validation, setValidation] = useState<ImportValidation<unknown>>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<ImportWriteResult<unknown>>();
  const spec = specFor(kind);

  const reset = () => {
    setValidation(undefined);
    setResult(undefined);
  };

  const setKind = (next: ImportKind) => {
    setKindState(next);
    setMapping(sheet?.[0] ? suggestColumnMapping(sheet[0], specFor(next)) : {});
    reset();
  };

  const readFile = async (file: File) => {
    setReading(true);
    setReadError(undefined);
    reset();
    try {
      const rows = await readSpreadsheet(file);
      setSheet(rows);
      setMapping(rows[0] ? suggestColumnMapping(rows[0], spec) : {});
    } catch (error) {
      console.error('[governance] reading the import file failed', error);
      setSheet(undefined);
      setReadError(error);
    } finally {
      setReading(false);
    }
  };

  const setColumn = (field: string, header: string) => {
    setMapping((current) => ({ ...current, [field]: header || undefined }));
    reset();
  };

  const validate = () => {
    if (sheet) setValidation(validateImport(sheet, mapping, spec));
  };

  const write = async () => {
    if (!validation?.ok) return;
    const total = validation.rows.length;
    let done = 0;
    const tick = () => setProgress({ done: ++done, total });
    setProgress({ done: 0, total });
    // The spec that validated the rows is the one of `kind`, so the casts hold.
    const outcome: ImportWriteResult<unknown> =
      kind === 'assets'
        ? await writeWithRollback(
            validation.rows as ImportedRow<ImportedAsset>[],
            assetWriter(governance, tick),
          )
        : await writeWithRollback(
            validation.rows as ImportedRow<ImportedContract>[],
            contractWriter(governance, snapshot.data.partners, tick),
          );
    setProgress(undefined);
    setResult(outcome);
    setValidation(undefined);
    if (outcome.status === 'written') await onWritten();
  };

  return {
    kind,
    spec,
    sheet,
    readError,
    reading,
    mapping,
    validation,
    progress,
    result,
    setKind,
    readFile,
    setColumn,
    validate,
    write,
  };
}
