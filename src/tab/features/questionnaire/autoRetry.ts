/** When a failed save is sent again by itself: throttling and unavailability, a few times. */
import { readError } from '../../shell/errors';

/** Automatic retries of one save after its first attempt, before the user is asked to retry. */
export const MAX_AUTO_RETRIES = 3;

/** First wait in milliseconds when the response carries no Retry-After; it doubles each time. */
export const DEFAULT_AUTO_RETRY_DELAY_MS = 2_000;

/** Upper bound for one wait in milliseconds, Retry-After included. */
export const MAX_AUTO_RETRY_DELAY_MS = 60_000;

// Throttled (429), unavailable (503) and gateway timeout (504) pass; other failures repeat
// when sent again, so the user decides.
const RETRYABLE_STATUSES = new Set([429, 503, 504]);

/**
 * Returns the wait in milliseconds before automatic retry number `attempt` (1-based), or
 * undefined when the failure is not worth retrying or the retries are used up. The server's
 * Retry-After, which the Graph layer reads into `retryAfterMs`, wins when given.
 */
export function autoRetryDelay(error: unknown, attempt: number): number | undefined {
  if (attempt > MAX_AUTO_RETRIES) return undefined;
  const { status } = readError(error);
  if (status === undefined || !RETRYABLE_STATUSES.has(status)) return undefined;
  const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
  const wait =
    typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs)
      ? retryAfterMs
      : DEFAULT_AUTO_RETRY_DELAY_MS * 2 ** (attempt - 1);
  return Math.min(Math.max(wait, 0), MAX_AUTO_RETRY_DELAY_MS);
}
