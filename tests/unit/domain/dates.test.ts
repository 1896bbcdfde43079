import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateInTimeZone,
  fromPlannerDateTime,
  isDateOnly,
  toPlannerDateTime,
} from '../../../src/domain/dates';

// Days around the clock changes in Europe/Brussels in 2026 (last Sundays of March and October),
// and month and year ends, leap day included.
const EDGE_DATES = [
  '2026-03-28',
  '2026-03-29',
  '2026-03-30',
  '2026-10-24',
  '2026-10-25',
  '2026-10-26',
  '2026-01-31',
  '2026-02-28',
  '2028-02-29',
  '2026-04-30',
  '2026-12-31',
];

describe('Planner due dates', () => {
  let savedZone: string | undefined;

  beforeEach(() => {
    savedZone = process.env.TZ;
  });

  afterEach(() => {
    process.env.TZ = savedZone;
  });

  it.each(EDGE_DATES)('sends %s at noon UTC', (date) => {
    expect(toPlannerDateTime(date)).toBe(`${date}T12:00:00Z`);
  });

  it.each(['Europe/Brussels', 'Pacific/Auckland', 'America/Los_Angeles', 'UTC'])(
    'reads the same dates back in %s',
    (zone) => {
      process.env.TZ = zone;
      for (const date of EDGE_DATES) {
        expect(fromPlannerDateTime(toPlannerDateTime(date))).toBe(date);
      }
    },
  );

  it('shows noon UTC on the same day in Brussels', () => {
    for (const date of EDGE_DATES) {
      const instant = new Date(toPlannerDateTime(date));
      expect(dateInTimeZone(instant, 'Europe/Brussels')).toBe(date);
    }
  });

  it('reads a value with fractions and offset by its UTC date', () => {
    expect(fromPlannerDateTime('2026-10-25T12:00:00.0000000Z')).toBe('2026-10-25');
  });

  it('reads an empty due date as none', () => {
    expect(fromPlannerDateTime(null)).toBeUndefined();
    expect(fromPlannerDateTime('')).toBeUndefined();
    expect(fromPlannerDateTime(undefined)).toBeUndefined();
  });

  it('rejects an invalid date before sending it', () => {
    expect(() => toPlannerDateTime('2026-02-30')).toThrow(RangeError);
    expect(() => toPlannerDateTime('4/12/2026')).toThrow(RangeError);
  });
});

describe('isDateOnly', () => {
  it.each([
    ['2026-12-04', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-12-4', false],
    ['2026-12-04T00:00:00Z', false],
  ])('says %s is %s', (value, expected) => {
    expect(isDateOnly(value)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-30', -2, '2026-03-28'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts 7 calendar days across the March change in Brussels', () => {
    process.env.TZ = 'Europe/Brussels';
    expect(addDays('2026-03-26', 7)).toBe('2026-04-02');
  });
});

describe('dateInTimeZone', () => {
  it.each([
    ['2026-03-28T23:30:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T21:59:00Z', '2026-10-24'],
    ['2026-10-24T22:30:00Z', '2026-10-25'],
    ['2026-10-25T22:59:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('gives %s as %s in Brussels', (instant, expected) => {
    expect(dateInTimeZone(new Date(instant), 'Europe/Brussels')).toBe(expected);
  });
});

describe('compareDates', () => {
  it('orders dates as the calendar does', () => {
    expect(compareDates('2026-09-30', '2026-10-01')).toBeLessThan(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(compareDates('2026-12-04', '2026-12-04')).toBe(0);
  });
});
