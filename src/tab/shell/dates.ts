/** Date-only helpers: today's local calendar date and its display in the UI's locale. */
import type { DateOnly } from '../../domain/model';
import type { Locale } from '../i18n/messages';

/** Returns the local calendar date of `instant` as `YYYY-MM-DD`, the date the user sees. */
export function toDateOnly(instant: Date = new Date()): DateOnly {
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${instant.getFullYear()}-${month}-${day}`;
}

/** Formats a `YYYY-MM-DD` date as "4 december 2026" or "4 December 2026", without time zones. */
export function formatDate(date: DateOnly, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  // Noon UTC keeps the calendar day the same in every time zone the formatter might use.
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}
