/** Calendar-month arithmetic on date-only values, clamped to the end of the month. */
import { isDateOnly } from '../dates';
import type { DateOnly } from '../model';

function parts(date: DateOnly): [number, number, number] {
  if (!isDateOnly(date)) throw new RangeError(`Invalid date '${date}', expected YYYY-MM-DD`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds whole months (negative to subtract). A day that the target month lacks becomes that month's
 * last day, so 31 March minus one month is 28 February, or 29 February in a leap year.
 */
export function addMonths(date: DateOnly, months: number): DateOnly {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** Returns the number of calendar days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  const [fromYear, fromMonth, fromDay] = parts(from);
  const [toYear, toMonth, toDay] = parts(to);
  const difference =
    Date.UTC(toYear, toMonth - 1, toDay) - Date.UTC(fromYear, fromMonth - 1, fromDay);
  return Math.round(difference / 86_400_000);
}

/** Formats a date as `DD/MM/YYYY`, the form Belgian users read and type. */
export function formatDayMonthYear(date: DateOnly): string {
  const [year, month, day] = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
