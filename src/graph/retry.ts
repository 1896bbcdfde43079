/** Retries inside a `$batch`, since the client's RetryHandler retries only the outer request. */

/** HTTP statuses worth retrying: throttled, unavailable, gateway timeout. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Timing and randomness of retries; injectable so tests run without waiting. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff step in milliseconds when the response carries no Retry-After. */
  baseDelayMs: number;
  /** Upper bound for one wait in milliseconds, Retry-After included. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Current time in epoch milliseconds, for Retry-After given as an HTTP date. */
  now: () => number;
  /** A number in [0, 1), for jitter. */
  random: () => number;
}

/** The policy used outside tests: 5 retries, 1 s first step, at most 60 s per wait. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
};

/**
 * Parses a Retry-After value into milliseconds: whole or fractional seconds, or an HTTP date.
 * Returns undefined for a value that is neither; a date in the past gives 0.
 */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Returns the wait before retry number `attempt` (1-based). Retry-After wins when given. Otherwise
 * the wait is an exponential step with jitter: half of it fixed, half random. Both are capped.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
