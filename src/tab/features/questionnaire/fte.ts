/** Parsing of FTE (VTE) numbers as people type them: comma or point as the decimal mark. */
import type { AnswerValue } from '../../../content/model';

/** The outcome of parsing an FTE entry. */
export type FteParse =
  | { kind: 'empty' }
  | { kind: 'number'; fte: number }
  | { kind: 'invalid'; reason: 'notANumber' | 'negative' };

/** Parses "1,5", "1.5", " 2 " and "0,75"; rejects words such as "veel" and negative numbers. */
export function parseFte(text: string): FteParse {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  // One decimal mark at most, either comma or point, and no thousands separators: FTE counts
  // of a local government stay far below a thousand.
  if (!/^-?\d+([.,]\d+)?$|^-?[.,]\d+$/.test(trimmed))
    return { kind: 'invalid', reason: 'notANumber' };
  const fte = Number(trimmed.replace(',', '.'));
  if (fte < 0) return { kind: 'invalid', reason: 'negative' };
  return { kind: 'number', fte };
}

/** Formats an FTE number with the locale's decimal mark. */
export function formatFte(fte: number, locale: 'nl' | 'en'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(fte);
}

/** Question 4: the FTE planned for ICT. */
export const PLANNED_FTE_QUESTION = 'q4';

/** Question 5: the planned FTE not filled; it cannot sensibly exceed question 4. */
export const UNFILLED_FTE_QUESTION = 'q5';

/** Returns both numbers when the unfilled FTE exceed the planned FTE, else undefined. */
export function unfilledAbovePlanned(
  planned: AnswerValue | undefined,
  unfilled: AnswerValue | undefined,
): { planned: number; unfilled: number } | undefined {
  if (planned?.kind !== 'fte' || unfilled?.kind !== 'fte') return undefined;
  if (unfilled.fte <= planned.fte) return undefined;
  return { planned: planned.fte, unfilled: unfilled.fte };
}
