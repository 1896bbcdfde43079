/** Graph's error body and a typed error the routes throw to produce it. */
import { randomUUID } from 'node:crypto';

/** An error that becomes Graph's `{error:{code, message, innerError}}` body with `status`. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** A finer code inside `innerError`, as throttled SharePoint calls carry. */
    readonly innerCode?: string,
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** Graph's timestamp in error bodies: UTC without the zone suffix or fractions. */
function errorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

/** Builds Graph's error body, spelled `innerError` in camelCase as the Graph JS client reads it. */
export function errorBody(
  code: string,
  message: string,
  ids: { requestId: string; clientRequestId?: string },
  now: Date,
  innerCode?: string,
): object {
  return {
    error: {
      code,
      message,
      innerError: {
        ...(innerCode ? { code: innerCode } : {}),
        date: errorDate(now),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId ?? ids.requestId,
      },
    },
  };
}

/** Returns a new request id in the GUID form Graph uses. */
export function newRequestId(): string {
  return randomUUID();
}

/** Shorthands for the errors most routes raise. */
export const fail = {
  badRequest: (message: string, code = 'invalidRequest') => new GraphHttpError(400, code, message),
  notFound: (message: string) => new GraphHttpError(404, 'itemNotFound', message),
  forbidden: (message: string) => new GraphHttpError(403, 'accessDenied', message),
  conflict: (message: string, code = 'nameAlreadyExists') => new GraphHttpError(409, code, message),
  preconditionFailed: (message: string, code = 'resourceModified') =>
    new GraphHttpError(412, code, message),
};
