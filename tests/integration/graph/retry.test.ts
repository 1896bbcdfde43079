import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from '../../../src/graph/retry';

const NOW = Date.parse('2026-12-04T09:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2000],
    ['0.25', 250],
    [' 7 ', 7000],
    ['Fri, 04 Dec 2026 09:00:10 GMT', 10_000],
    ['Fri, 04 Dec 2026 08:59:00 GMT', 0],
  ])('reads %j as %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it('rejects a value that is neither seconds nor a date', () => {
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 8000 };

  it('uses Retry-After when given', () => {
    expect(retryDelay(1, 2500, policy)).toBe(2500);
  });

  it('caps Retry-After at the maximum', () => {
    expect(retryDelay(1, 120_000, policy)).toBe(8000);
  });

  it('doubles the step per attempt', () => {
    const fixed = { ...policy, random: () => 0 };
    expect([1, 2, 3].map((attempt) => retryDelay(attempt, undefined, fixed))).toEqual([
      500, 1000, 2000,
    ]);
  });

  it('adds jitter up to half the step', () => {
    const highest = { ...policy, random: () => 0.999 };
    expect(retryDelay(2, undefined, highest)).toBe(1999);
  });

  it('caps the backoff at the maximum', () => {
    const highest = { ...policy, random: () => 0.999 };
    expect(retryDelay(10, undefined, highest)).toBeLessThanOrEqual(8000);
  });
});
