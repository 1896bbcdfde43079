/** JSON batching: `POST /$batch` with at most 20 requests, each run through the app on its own. */
import type { Hono } from 'hono';
import type { AppContext, AppEnv, BatchScope } from '../context';
import { errorBody, fail } from '../errors';
import { dropConnection } from '../graph-pipeline';
import { readJsonObject } from '../odata-query';

/** Graph's limit on requests in one batch. */
export const MAX_BATCH_REQUESTS = 20;

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Sends one request through the whole app, as if it had come over HTTP. */
export type Dispatch = (request: Request, scope: BatchScope) => Promise<Response>;

function hasHeader(headers: Record<string, string> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name);
}

/** Validates the batch as a whole; any problem fails the whole batch with 400. */
function parseBatch(body: Record<string, unknown>): BatchRequest[] {
  const requests = body.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw fail.badRequest("The batch needs a non-empty 'requests' array.", 'BadRequest');
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw fail.badRequest(
      `A batch holds at most ${MAX_BATCH_REQUESTS} requests; this one has ${requests.length}.`,
      'BadRequest',
    );
  }
  const ids = new Set<string>();
  for (const request of requests as BatchRequest[]) {
    if (typeof request?.id !== 'string' || !request.id)
      throw fail.badRequest("Every batch request needs an 'id'.", 'BadRequest');
    if (ids.has(request.id))
      throw fail.badRequest(`Batch request id '${request.id}' is used twice.`, 'BadRequest');
    ids.add(request.id);
    if (typeof request.method !== 'string' || typeof request.url !== 'string') {
      throw fail.badRequest(
        `Batch request '${request.id}' needs 'method' and 'url'.`,
        'BadRequest',
      );
    }
    if (/^https?:/i.test(request.url)) {
      throw fail.badRequest(
        `Batch request '${request.id}': 'url' must be relative, such as /me.`,
        'BadRequest',
      );
    }
    if (request.body !== undefined && !hasHeader(request.headers, 'content-type')) {
      throw fail.badRequest(
        `Batch request '${request.id}' has a body but no Content-Type header.`,
        'BadRequest',
      );
    }
  }
  for (const request of requests as BatchRequest[]) {
    for (const dependency of request.dependsOn ?? []) {
      if (!ids.has(dependency)) {
        throw fail.badRequest(
          `Batch request '${request.id}' depends on unknown id '${dependency}'.`,
          'BadRequest',
        );
      }
    }
  }
  return requests as BatchRequest[];
}

/** Header names as Graph spells them in batch responses; others keep Node's lower case. */
const HEADER_NAMES: Record<string, string> = {
  'content-type': 'Content-Type',
  'retry-after': 'Retry-After',
  location: 'Location',
  etag: 'ETag',
  'cache-control': 'Cache-Control',
};

async function toBatchResponse(id: string, response: Response): Promise<BatchResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'content-length') headers[HEADER_NAMES[key] ?? key] = value;
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const result: BatchResponse = { id, status: response.status, headers };
  if (text) result.body = isJson ? JSON.parse(text) : text;
  return result;
}

/** Registers `POST /$batch`. */
export function registerBatchRoute(graph: Hono<AppEnv>, dispatch: Dispatch, now: () => Date): void {
  graph.post('/$batch', async (c) => {
    const requests = parseBatch(await readJsonObject(c));
    const scope: BatchScope = { dropConnection: false };
    const origin = new URL(c.req.url).origin;
    const done = new Map<string, BatchResponse>();

    async function run(request: BatchRequest): Promise<BatchResponse> {
      const existing = done.get(request.id);
      if (existing) return existing;
      const dependencies = await Promise.all((request.dependsOn ?? []).map((id) => run(byId(id))));
      const response = dependencies.some((dependency) => dependency.status >= 400)
        ? failedDependency(c, request.id, now())
        : await toBatchResponse(
            request.id,
            await dispatch(innerRequest(c, origin, request), scope),
          );
      done.set(request.id, response);
      return response;
    }
    const byId = (id: string) => requests.find((request) => request.id === id) as BatchRequest;

    // Requests run one after another, in the order listed, each after its dependencies.
    for (const request of requests) await run(request);
    if (scope.dropConnection) dropConnection(c);
    return c.json({ responses: requests.map((request) => done.get(request.id)) });
  });
}

function innerRequest(c: AppContext, origin: string, request: BatchRequest): Request {
  const headers = new Headers(request.headers ?? {});
  const authorization = c.req.header('authorization');
  if (authorization && !headers.has('authorization')) headers.set('authorization', authorization);
  const path = request.url.startsWith('/') ? request.url : `/${request.url}`;
  const body =
    request.body === undefined
      ? undefined
      : typeof request.body === 'string'
        ? request.body
        : JSON.stringify(request.body);
  return new Request(`${origin}/v1.0${path}`, {
    method: request.method.toUpperCase(),
    headers,
    body,
  });
}

function failedDependency(c: AppContext, id: string, now: Date): BatchResponse {
  return {
    id,
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(
      'failedDependency',
      'The request depends on a request in this batch that failed.',
      { requestId: c.get('requestId') },
      now,
    ),
  };
}
