import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchRequest } from '../../../src/graph/batch';
import { startStandIn, type StandIn } from './standIn';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

function meRequests(count: number): BatchRequest[] {
  return Array.from({ length: count }, () => ({ method: 'GET' as const, url: '/me?$select=id' }));
}

describe('batch helper', () => {
  it('sends 45 requests in three batches', async () => {
    const { api, requestCount } = standIn.graphApi();
    await standIn.control('POST', '/stats/reset');

    const results = await api.batch(meRequests(45));

    expect(results).toHaveLength(45);
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(requestCount()).toBe(3);
    const stats = (await standIn.control('GET', '/stats')) as { batchRequests: number };
    expect(stats.batchRequests).toBe(3);
  });

  it('retries a 429 inside a batch after Retry-After', async () => {
    const { api } = standIn.graphApi();
    standIn.sleeps.length = 0;
    await standIn.control('POST', '/faults', {
      action: 'throttle',
      count: 2,
      url: '^/me',
      retryAfter: 1.5,
    });

    const results = await api.batch(meRequests(5));

    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200]);
    expect(standIn.sleeps).toEqual([1500]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const { api } = standIn.graphApi();
    standIn.sleeps.length = 0;
    await standIn.control('POST', '/faults', {
      action: 'unavailable',
      count: 1,
      url: '^/me',
      retryAfter: 'Fri, 04 Dec 2026 09:00:03 GMT',
    });

    const results = await api.batch(meRequests(2));

    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect(standIn.sleeps).toEqual([3000]);
  });

  it('returns a lasting failure instead of throwing', async () => {
    const { api } = standIn.graphApi();
    const [result] = await api.batch([{ method: 'GET', url: '/groups/unknown-group/sites/root' }]);
    expect(result!.status).toBe(404);
  });
});
