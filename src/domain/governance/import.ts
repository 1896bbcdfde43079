/**
 * Validates spreadsheet rows for import before anything is written: every row is checked, and
 * either all rows become typed records or the bad rows are listed with their problems.
 */
import type {
  ColumnMapping,
  ImportedRow,
  ImportProblem,
  ImportSpec,
  ImportValue,
} from './importSpec';
import { readCell } from './importCells';

export { writeWithRollback } from './importWrite';
export type { ImportWriter, ImportWriteResult } from './importWrite';
export type {
  ColumnMapping,
  ImportedRow,
  ImportField,
  ImportProblem,
  ImportSpec,
} from './importSpec';

/** A row that failed validation, with every problem found in it. */
export interface RowError {
  rowNumber: number;
  problems: ImportProblem[];
}

/**
 * The outcome of validation. `fileProblems` concern the header and the mapping, and when there are
 * any, no row is read.
 */
export type ImportValidation<Record> =
  | { ok: true; rows: ImportedRow<Record>[] }
  | { ok: false; fileProblems: ImportProblem[]; rowErrors: RowError[] };

function normaliseHeader(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-BE');
}

function columnIndexes<Record>(
  header: string[],
  mapping: ColumnMapping,
  spec: ImportSpec<Record>,
): { indexes: Map<string, number>; problems: ImportProblem[] } {
  const indexes = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const normalised = header.map(normaliseHeader);
  for (const field of spec.fields) {
    const chosen = mapping[field.name];
    if (chosen === undefined || chosen.trim() === '') {
      if (field.required) problems.push(unmapped(field.name, field.label));
      continue;
    }
    const index = normalised.indexOf(normaliseHeader(chosen));
    if (index < 0) problems.push(headerNotFound(field.name, chosen));
    else indexes.set(field.name, index);
  }
  return { indexes, problems };
}

function unmapped(field: string, label: { nl: string; en: string }): ImportProblem {
  return {
    field,
    message: {
      nl: `Geen kolom gekozen voor het verplichte veld ‘${label.nl}’.`,
      en: `No column chosen for the required field ‘${label.en}’.`,
    },
  };
}

function headerNotFound(field: string, header: string): ImportProblem {
  return {
    field,
    message: {
      nl: `Kolom ‘${header}’ staat niet in de eerste rij van het bestand. Kies een kolom die er wel staat.`,
      en: `Column ‘${header}’ is not in the first row of the file. Choose a column that is.`,
    },
  };
}

function readRow<Record>(
  cells: string[],
  indexes: Map<string, number>,
  spec: ImportSpec<Record>,
): { values: Map<string, ImportValue>; problems: ImportProblem[] } {
  const values = new Map<string, ImportValue>();
  const problems: ImportProblem[] = [];
  for (const field of spec.fields) {
    const index = indexes.get(field.name);
    const result = readCell(field, index === undefined ? undefined : cells[index]);
    if (result.ok) values.set(field.name, result.value);
    else problems.push(result.problem);
  }
  if (problems.length === 0 && spec.check) problems.push(...spec.check(values));
  return { values, problems };
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Validates every row of a parsed sheet, whose first row is the header, against a mapping. */
export function validateImport<Record>(
  sheet: string[][],
  mapping: ColumnMapping,
  spec: ImportSpec<Record>,
): ImportValidation<Record> {
  const [header, ...body] = sheet;
  if (!header) return { ok: false, fileProblems: [emptyFile()], rowErrors: [] };

  const { indexes, problems } = columnIndexes(header, mapping, spec);
  if (problems.length > 0) return { ok: false, fileProblems: problems, rowErrors: [] };

  const rows: ImportedRow<Record>[] = [];
  const rowErrors: RowError[] = [];
  body.forEach((cells, index) => {
    // Spreadsheets often end in blank rows, which are skipped but still counted in row numbers.
    if (isBlank(cells)) return;
    const rowNumber = index + 2;
    const read = readRow(cells, indexes, spec);
    if (read.problems.length > 0) rowErrors.push({ rowNumber, problems: read.problems });
    else rows.push({ rowNumber, record: spec.build(read.values) });
  });

  if (rowErrors.length > 0) return { ok: false, fileProblems: [], rowErrors };
  if (rows.length === 0) return { ok: false, fileProblems: [noRows()], rowErrors: [] };
  return { ok: true, rows };
}

function emptyFile(): ImportProblem {
  return {
    message: {
      nl: 'Het bestand is leeg. De eerste rij moet de kolomnamen bevatten.',
      en: 'The file is empty. Its first row must contain the column names.',
    },
  };
}

function noRows(): ImportProblem {
  return {
    message: {
      nl: 'Het bestand bevat geen rijen onder de kolomnamen.',
      en: 'The file contains no rows below the column names.',
    },
  };
}

/** Suggests a mapping by matching each header to a field's name or its Dutch or English label. */
export function suggestColumnMapping<Record>(
  header: string[],
  spec: ImportSpec<Record>,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of spec.fields) {
    const names = [field.name, field.label.nl, field.label.en].map(normaliseHeader);
    const match = header.find((cell) => names.includes(normaliseHeader(cell)));
    if (match !== undefined) mapping[field.name] = match;
  }
  return mapping;
}
