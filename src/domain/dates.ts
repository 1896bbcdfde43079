/**
 * Date-only values (`YYYY-MM-DD`) that no time zone or daylight-saving change moves.
 *
 * Rule for Planner: a due date is sent as the date at 12:00 UTC and read back as the UTC date
 * of the instant. Noon UTC falls on the same calendar day in every zone from UTC-11 to UTC+11,
 * Brussels (UTC+1, UTC+2 in summer) included, so Planner shows the day that was chosen.
 */
import type { DateOnly } from './model';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in the form `YYYY-MM-DD`. */
export function isDateOnly(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function assertDateOnly(value: string): void {
  if (!isDateOnly(value)) throw new RangeError(`Invalid date '${value}'; expected YYYY-MM-DD`);
}

/** Returns Planner's `dueDateTime` for a date: the date at 12:00:00 UTC. */
export function toPlannerDateTime(date: DateOnly): string {
  assertDateOnly(date);
  return `${date}T12:00:00Z`;
}

/**
 * Returns the date of a Planner `dueDateTime`: its UTC calendar date; undefined when empty.
 * NOTE: a due date set in Planner's own apps may be stored at local midnight, which is 22:00Z
 * the day before in Brussels in summer. That case is not verified and would read a day early.
 */
export function fromPlannerDateTime(value: string | null | undefined): DateOnly | undefined {
  if (!value) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  return instant.toISOString().slice(0, 10);
}

/** Adds whole days in calendar arithmetic, so a clock change never skips or repeats a day. */
export function addDays(date: DateOnly, days: number): DateOnly {
  assertDateOnly(date);
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Returns the calendar date of an instant in a time zone, such as `Europe/Brussels`. */
export function dateInTimeZone(instant: Date, timeZone: string): DateOnly {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Compares two dates; negative when `a` is earlier. Works because the form sorts as text. */
export function compareDates(a: DateOnly, b: DateOnly): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
