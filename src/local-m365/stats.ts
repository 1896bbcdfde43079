/** Request counters for tests and the benchmark. */

/** Counts of requests since start or the last reset. */
export interface RequestStats {
  /** HTTP requests that reached the server, `/_local` and static files included. */
  httpRequests: number;
  /** Graph calls: each `/v1.0` request, where a `$batch` counts as its inner requests. */
  graphRequests: number;
  /** `$batch` envelopes. */
  batchRequests: number;
  /** Graph calls by method and path template, e.g. "GET /sites/{id}/lists/{id}/items". */
  byRoute: Record<string, number>;
}

/** Returns zeroed counters. */
export function emptyStats(): RequestStats {
  return { httpRequests: 0, graphRequests: 0, batchRequests: 0, byRoute: {} };
}

/** Replaces ids in a Graph path by `{id}` so that counts group by kind of call. */
export function routeKey(method: string, path: string): string {
  const template = path
    .replace(/^\/v1\.0/, '')
    .split('/')
    .map((segment, index, all) =>
      index > 0 && isIdSegment(segment, all[index - 1]) ? '{id}' : segment,
    )
    .join('/');
  return `${method} ${template}`;
}

const COLLECTIONS = new Set([
  'groups',
  'sites',
  'lists',
  'items',
  'columns',
  'versions',
  'plans',
  'buckets',
  'tasks',
  'teams',
  'channels',
  'messages',
  'replies',
  'users',
]);

function isIdSegment(segment: string, previous: string | undefined): boolean {
  return previous !== undefined && COLLECTIONS.has(previous) && segment !== '';
}
