/** Parsers for spreadsheet cells: dates, numbers, yes/no and vocabulary terms in Dutch or English. */
import type { GovernanceTerm } from '../../content/governance';
import { isDateOnly } from '../dates';
import type { DateOnly } from '../model';

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;
const WHOLE = /^\d+$/;

/** Parses `DD/MM/YYYY`, `D/M/YYYY` or `YYYY-MM-DD` into a date, or null when invalid or not a real day. */
export function parseSpreadsheetDate(text: string): DateOnly | null {
  const value = text.trim();
  if (isDateOnly(value)) return value;

  const match = DAY_MONTH_YEAR.exec(value);
  if (!match) return null;
  const date = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isDateOnly(date) ? date : null;
}

/**
 * Parses a decimal number with a comma or a point as decimal mark. Thousands separators are
 * rejected, because "1.250" could mean 1250 or 1.25.
 */
export function parseDecimal(text: string): number | null {
  const value = text.trim();
  if (!DECIMAL.test(value)) return null;
  return Number(value.replace(',', '.'));
}

/** Parses a whole number of 0 or more. */
export function parseWholeNumber(text: string): number | null {
  const value = text.trim();
  return WHOLE.test(value) ? Number(value) : null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', '1', 'x']);
const NO = new Set(['nee', 'neen', 'n', 'no', 'onwaar', 'false', '0']);

/** Parses a yes or no in Dutch or English, or returns null for anything else. */
export function parseYesNo(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-BE');
}

/** Finds the term whose key, Dutch label or English label equals the text, ignoring case and spacing. */
export function matchTerm<Key extends string>(
  terms: readonly GovernanceTerm<Key>[],
  text: string,
): Key | null {
  const value = normalise(text);
  const term = terms.find(
    (entry) =>
      normalise(entry.key) === value ||
      normalise(entry.label.nl) === value ||
      normalise(entry.label.en) === value,
  );
  return term?.key ?? null;
}
