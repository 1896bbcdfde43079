/** The Graph layer's typed error for failed requests, from any source: client, batch or network. */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './retry';

/** What went wrong, so the UI can pick a sentence without reading status codes. */
export type GraphErrorKind =
  | 'conflict'
  | 'notFound'
  | 'forbidden'
  | 'unauthorized'
  | 'throttled'
  | 'unavailable'
  | 'badRequest'
  | 'network'
  | 'other';

/** Fields of a {@link GraphRequestError}. */
export interface GraphRequestErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  cause?: unknown;
  /** Wait in milliseconds that the service asked for in Retry-After. */
  retryAfterMs?: number;
}

function kindOf(status: number): GraphErrorKind {
  if (status === 409 || status === 412) return 'conflict';
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'throttled';
  if (status === 503 || status === 504) return 'unavailable';
  if (status === 400) return 'badRequest';
  if (status === 0) return 'network';
  return 'other';
}

/** A failed Graph request: HTTP status (0 for a network failure), error code and request id. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly kind: GraphErrorKind;

  constructor(init: GraphRequestErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.kind = kindOf(init.status);
  }

  /** True for 409 and 412: someone else changed the item since it was read. */
  get isConflict(): boolean {
    return this.kind === 'conflict';
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; innerError?: { 'request-id'?: string } };
}

/** Builds the error for one response inside a `$batch` answer. */
export function errorFromBatchResponse(
  status: number,
  headers: Record<string, string> | undefined,
  body: unknown,
  now: number = Date.now(),
): GraphRequestError {
  const error = (body as ErrorBody | undefined)?.error;
  const retryAfter = headerValue(headers, 'retry-after');
  return new GraphRequestError({
    status,
    code: error?.code ?? '',
    message: error?.message ?? `Graph request failed with status ${status}`,
    requestId: error?.innerError?.['request-id'],
    retryAfterMs: retryAfter === undefined ? undefined : parseRetryAfter(retryAfter, now),
  });
}

/** Finds a header case-insensitively in a plain header object. */
export function headerValue(
  headers: Record<string, string> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  const lowerName = name.toLowerCase();
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === lowerName);
  return entry?.[1];
}

/** Converts anything a Graph call throws into a {@link GraphRequestError}; keeps one unchanged. */
export function toGraphRequestError(cause: unknown): GraphRequestError {
  if (cause instanceof GraphRequestError) return cause;
  if (cause instanceof GraphError) {
    const status = cause.statusCode > 0 ? cause.statusCode : 0;
    const retryAfter = cause.headers?.get('Retry-After') ?? undefined;
    return new GraphRequestError({
      status,
      code: cause.code ?? (status === 0 ? 'networkError' : ''),
      message: cause.message || `Graph request failed with status ${status}`,
      requestId: cause.requestId ?? undefined,
      cause,
      retryAfterMs: retryAfter === undefined ? undefined : parseRetryAfter(retryAfter, Date.now()),
    });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new GraphRequestError({ status: 0, code: 'networkError', message, cause });
}
