/** Reads one cell for an import field, or returns the problem in Dutch and English. */
import type { LocalizedText } from '../../content/model';
import type { ImportField, ImportProblem, ImportValue } from './importSpec';
import {
  matchTerm,
  parseDecimal,
  parseSpreadsheetDate,
  parseWholeNumber,
  parseYesNo,
} from './importValues';

/** A cell read as a value, or the problem that stopped it. */
export type CellResult = { ok: true; value: ImportValue } | { ok: false; problem: ImportProblem };

function invalid(field: ImportField, text: string, hint: LocalizedText): CellResult {
  return {
    ok: false,
    problem: {
      field: field.name,
      message: {
        nl: `‘${text}’ in kolom ‘${field.label.nl}’ is ongeldig. ${hint.nl}`,
        en: `‘${text}’ in column ‘${field.label.en}’ is invalid. ${hint.en}`,
      },
    },
  };
}

function parsed(field: ImportField, text: string): ImportValue | null {
  switch (field.type.kind) {
    case 'text':
      return text;
    case 'date':
      return parseSpreadsheetDate(text);
    case 'decimal':
      return parseDecimal(text);
    case 'wholeNumber':
      return parseWholeNumber(text);
    case 'yesNo':
      return parseYesNo(text);
    case 'term':
      return matchTerm(field.type.terms, text);
  }
}

function hintFor(field: ImportField): LocalizedText {
  switch (field.type.kind) {
    case 'date':
      return {
        nl: 'Gebruik een bestaande datum als DD/MM/JJJJ, D/M/JJJJ of JJJJ-MM-DD.',
        en: 'Use a real date as DD/MM/YYYY, D/M/YYYY or YYYY-MM-DD.',
      };
    case 'decimal':
      return {
        nl: 'Gebruik een getal zonder duizendtalteken, zoals 1250,50 of 1250.50.',
        en: 'Use a number without thousands separator, such as 1250,50 or 1250.50.',
      };
    case 'wholeNumber':
      return {
        nl: 'Gebruik een geheel getal van 0 of meer.',
        en: 'Use a whole number of 0 or more.',
      };
    case 'yesNo':
      return { nl: 'Gebruik ja of nee.', en: 'Use yes or no.' };
    case 'term': {
      const nl = field.type.terms.map((term) => term.label.nl).join(', ');
      const en = field.type.terms.map((term) => term.label.en).join(', ');
      return { nl: `Kies uit: ${nl}.`, en: `Choose from: ${en}.` };
    }
    case 'text':
      return { nl: '', en: '' };
  }
}

/** Reads a cell. An empty cell is a problem only for a required field. */
export function readCell(field: ImportField, cell: string | undefined): CellResult {
  const text = (cell ?? '').trim();
  if (text === '') {
    if (!field.required) return { ok: true, value: undefined };
    return {
      ok: false,
      problem: {
        field: field.name,
        message: {
          nl: `Kolom ‘${field.label.nl}’ is leeg, maar is verplicht.`,
          en: `Column ‘${field.label.en}’ is empty but required.`,
        },
      },
    };
  }

  const value = parsed(field, text);
  if (value === null) return invalid(field, text, hintFor(field));
  return { ok: true, value };
}
