/** Middleware for every `/v1.0` request: request ids, counting, authentication and faults. */
import type { MiddlewareHandler } from 'hono';
import { authenticate } from './auth';
import type { AppContext, AppEnv, LocalM365State } from './context';
import { GraphHttpError, newRequestId } from './errors';
import type { FaultHit } from './faults';
import { routeKey } from './stats';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retry-After as configured; a number is sent as seconds, a string (an HTTP date) as is. */
function retryAfterHeader(hit: FaultHit): string {
  return hit.retryAfter === undefined ? '1' : String(hit.retryAfter);
}

/** Raises the fault's error. A `delay` fault waits instead, and a `drop` fault acts after the handler. */
async function applyFault(hit: FaultHit): Promise<void> {
  if (hit.action === 'delay') await sleep(hit.delayMs ?? 0);
  if (hit.action === 'throttle') {
    throw new GraphHttpError(
      429,
      'activityLimitReached',
      'The request has been throttled',
      { 'Retry-After': retryAfterHeader(hit) },
      'throttledRequest',
    );
  }
  if (hit.action === 'unavailable') {
    throw new GraphHttpError(
      503,
      'serviceNotAvailable',
      'The service is temporarily unavailable.',
      {
        'Retry-After': retryAfterHeader(hit),
      },
    );
  }
  if (hit.action === 'preconditionFailed') {
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      'The precondition for this request failed.',
    );
  }
}

/** Response header that marks a response for the in-process `fetch` wrapper to turn into a network error. */
export const DROP_MARKER = 'x-local-m365-drop';

/**
 * Drops the caller's connection after the response was computed, so the work is committed but the
 * caller never hears of it. Inside `$batch` it marks the batch; in-process, `fetch` then returns
 * a network error (`Response.error()`).
 */
export function dropConnection(c: AppContext): void {
  if (c.env?.batch) {
    c.env.batch.dropConnection = true;
    return;
  }
  const socket = c.env?.incoming?.socket;
  if (socket) socket.destroy();
  else c.header(DROP_MARKER, '1');
}

/** Builds the middleware for the Graph routes. */
export function graphPipeline(state: LocalM365State): MiddlewareHandler<AppEnv> {
  return async function graphRequest(c, next) {
    const requestId = newRequestId();
    c.set('requestId', requestId);
    c.header('request-id', requestId);
    const clientRequestId = c.req.header('client-request-id');
    if (clientRequestId) c.header('client-request-id', clientRequestId);

    const url = new URL(c.req.url);
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const isBatchEnvelope = path === '/$batch';
    if (isBatchEnvelope) state.stats.batchRequests += 1;
    else {
      state.stats.graphRequests += 1;
      const key = routeKey(c.req.method, path);
      state.stats.byRoute[key] = (state.stats.byRoute[key] ?? 0) + 1;
    }

    const identity = authenticate(state, c.req.header('authorization'));
    c.set('user', identity.user);
    c.set('scopes', identity.scopes);

    const hit = state.faults.take(c.req.method, path + url.search, isBatchEnvelope);
    if (hit) await applyFault(hit);
    await next();
    if (hit?.action === 'drop') dropConnection(c);
  };
}
