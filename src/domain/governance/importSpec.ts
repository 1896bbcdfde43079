/** The shape of an import: the fields a spreadsheet can fill and the problems a cell can have. */
import type { GovernanceTerm } from '../../content/governance';
import type { LocalizedText } from '../../content/model';

/** The type a cell is read as. */
export type ImportFieldType =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'decimal' }
  | { kind: 'wholeNumber' }
  | { kind: 'yesNo' }
  | { kind: 'term'; terms: readonly GovernanceTerm<string>[] };

/** One field a column can be mapped to. */
export interface ImportField {
  name: string;
  label: LocalizedText;
  required: boolean;
  type: ImportFieldType;
}

/** A parsed cell value, undefined for an empty optional cell. */
export type ImportValue = string | number | boolean | undefined;

/** A problem with one row, or with the whole file, in both languages. */
export interface ImportProblem {
  /** The field concerned, absent for a problem with the whole row. */
  field?: string;
  message: LocalizedText;
}

/**
 * The fields an import reads and the record it builds. `check` adds problems that span several fields, such as an end
 * date before the start date, and `build` runs only on rows without problems.
 */
export interface ImportSpec<Record> {
  fields: ImportField[];
  check?: (values: Map<string, ImportValue>) => ImportProblem[];
  build: (values: Map<string, ImportValue>) => Record;
}

/** For each field name, the header of the column the user chose for it. */
export type ColumnMapping = Partial<Record<string, string>>;

/** A typed record with the spreadsheet row it came from. */
export interface ImportedRow<Record> {
  /** The row number as shown in the spreadsheet, with the header as row 1. */
  rowNumber: number;
  record: Record;
}
