/** `$batch` in chunks of 20, with retries of throttled inner requests. */
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  errorFromBatchResponse,
  GraphRequestError,
  headerValue,
  toGraphRequestError,
} from './errors';
import { RETRYABLE_STATUSES, retryDelay, type RetryPolicy } from './retry';

/** Graph accepts at most 20 requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

/** One request for {@link runBatch}; `url` is relative to the version, such as `/me`. */
export interface BatchRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Indexes, in the same call, of requests that must succeed before this one runs. */
  dependsOn?: number[];
}

/** One inner response, in the order of the requests. */
export interface BatchResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface WireResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** True for 2xx. */
export function isSuccess(result: BatchResult): boolean {
  return result.status >= 200 && result.status < 300;
}

/** Returns the body of a successful result, or throws its {@link GraphRequestError}. */
export function expectSuccess<T>(result: BatchResult): T {
  if (!isSuccess(result)) throw errorFromBatchResponse(result.status, result.headers, result.body);
  return result.body as T;
}

/**
 * Splits request indexes into chunks of 20, in order. A dependency in an earlier chunk has run
 * by then, so it is left out of `dependsOn`. A dependency on a later request is rejected.
 */
export function chunkIndexes(requests: BatchRequest[], size = MAX_BATCH_SIZE): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  requests.forEach((request, index) => {
    if ((request.dependsOn ?? []).some((dependency) => dependency >= index)) {
      throw new Error(`[graph] batch request ${index} depends on itself or a later request`);
    }
    if (current.length >= size) {
      chunks.push(current);
      current = [];
    }
    current.push(index);
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function toWire(requests: BatchRequest[], indexes: number[]) {
  const included = new Set(indexes);
  return indexes.map((index) => {
    const request = requests[index]!;
    const wire: Record<string, unknown> = {
      id: String(index),
      method: request.method,
      url: request.url,
    };
    const headers = { ...request.headers };
    if (request.body !== undefined) {
      wire.body = request.body;
      if (!headerValue(headers, 'content-type')) headers['Content-Type'] = 'application/json';
    }
    if (Object.keys(headers).length > 0) wire.headers = headers;
    const dependsOn = (request.dependsOn ?? []).filter((dependency) => included.has(dependency));
    if (dependsOn.length > 0) wire.dependsOn = dependsOn.map(String);
    return wire;
  });
}

async function postChunk(
  client: Client,
  requests: BatchRequest[],
  indexes: number[],
): Promise<Map<number, BatchResult>> {
  let answer: { responses?: WireResponse[] };
  try {
    answer = await client.api('/$batch').post({ requests: toWire(requests, indexes) });
  } catch (error) {
    throw toGraphRequestError(error);
  }
  const results = new Map<number, BatchResult>();
  for (const response of answer.responses ?? []) {
    results.set(Number(response.id), {
      status: response.status,
      headers: response.headers ?? {},
      body: response.body,
    });
  }
  for (const index of indexes) {
    if (!results.has(index)) {
      throw new GraphRequestError({
        status: 0,
        code: 'batchResponseMissing',
        message: `The $batch answer has no response for request ${index}`,
      });
    }
  }
  return results;
}

function needsRetry(result: BatchResult, request: BatchRequest, retrying: Set<number>): boolean {
  if (RETRYABLE_STATUSES.has(result.status)) return true;
  // A 424 means a dependency failed; it runs again when that dependency is retried.
  return result.status === 424 && (request.dependsOn ?? []).some((index) => retrying.has(index));
}

function longestRetryAfter(results: BatchResult[], now: number): number | undefined {
  let longest: number | undefined;
  for (const result of results) {
    const error = errorFromBatchResponse(result.status, result.headers, result.body, now);
    if (error.retryAfterMs !== undefined) longest = Math.max(longest ?? 0, error.retryAfterMs);
  }
  return longest;
}

/** Runs one chunk and retries its throttled requests, in a smaller batch each time. */
async function runChunk(
  client: Client,
  requests: BatchRequest[],
  indexes: number[],
  policy: RetryPolicy,
  results: BatchResult[],
): Promise<void> {
  let pending = indexes;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const answers = await postChunk(client, requests, pending);
    const retrying = new Set<number>();
    for (const index of pending) {
      const result = answers.get(index)!;
      results[index] = result;
      if (attempt < policy.maxRetries && needsRetry(result, requests[index]!, retrying)) {
        retrying.add(index);
      }
    }
    pending = pending.filter((index) => retrying.has(index));
    if (pending.length === 0) return;
    const retryAfter = longestRetryAfter(
      pending.map((index) => results[index]!),
      policy.now(),
    );
    await policy.sleep(retryDelay(attempt + 1, retryAfter, policy));
  }
}

/**
 * Sends the requests in `$batch` calls of at most 20 and returns one result per request, in
 * order. Inner 429, 503 and 504 responses are retried; other failures are returned, not thrown.
 */
export async function runBatch(
  client: Client,
  requests: BatchRequest[],
  policy: RetryPolicy,
): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(requests.length);
  for (const chunk of chunkIndexes(requests)) {
    await runChunk(client, requests, chunk, policy, results);
  }
  return results;
}
