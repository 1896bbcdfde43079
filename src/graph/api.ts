/** A thin request layer over the Graph client: typed errors, batching and paging in one place. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { runBatch, type BatchRequest, type BatchResult } from './batch';
import { toGraphRequestError } from './errors';
import { readAllPages } from './paging';
import type { RetryPolicy } from './retry';

/** Graph requests by path relative to the version segment, such as `/sites/...`. */
export class GraphApi {
  constructor(
    readonly client: Client,
    readonly retryPolicy: RetryPolicy,
  ) {}

  /** Sends one GET. */
  get<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
    return this.call(() => this.client.api(path).headers(headers).get());
  }

  /** Sends one POST with a JSON body. */
  post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call(() => this.client.api(path).headers(headers).post(body));
  }

  /** Sends one PATCH with a JSON body. Planner returns 204 and no body unless asked for one. */
  patch<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call(() => this.client.api(path).headers(headers).patch(body));
  }

  /** Sends one DELETE. */
  delete(path: string, headers: Record<string, string> = {}): Promise<void> {
    return this.call(() => this.client.api(path).headers(headers).delete());
  }

  /** Sends the requests in `$batch` calls of 20; see {@link runBatch}. */
  batch(requests: BatchRequest[]): Promise<BatchResult[]> {
    return runBatch(this.client, requests, this.retryPolicy);
  }

  /** Reads every page of a collection. */
  pages<T>(path: string, headers: Record<string, string> = {}): Promise<T[]> {
    return readAllPages<T>(this.client, path, headers);
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw toGraphRequestError(error);
    }
  }
}
