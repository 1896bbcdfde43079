import { describe, expect, it } from 'vitest';
import { SITE, freshStandIn } from './helpers';

async function withFaults(rules: unknown) {
  const standIn = freshStandIn();
  const token = await standIn.token('koen.maes@zonnedorp.example');
  const configured = await standIn.app.request('/_local/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rules),
  });
  expect(configured.status).toBe(201);
  return { ...standIn, token };
}

describe('fault switchboard', () => {
  it('throttles the next N requests with Retry-After', async () => {
    const { call, token } = await withFaults({ action: 'throttle', count: 2, retryAfter: 0.5 });
    const first = await call(token, 'GET', '/me');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('0.5');
    expect((await call(token, 'GET', '/me')).status).toBe(429);
    expect((await call(token, 'GET', '/me')).status).toBe(200);
  });

  it('sends an HTTP date as Retry-After', async () => {
    const date = 'Fri, 04 Dec 2026 09:00:02 GMT';
    const { call, token } = await withFaults({ action: 'unavailable', count: 1, retryAfter: date });
    const response = await call(token, 'GET', '/me');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(date);
  });

  it('matches method and url pattern', async () => {
    const { call, token } = await withFaults({
      action: 'preconditionFailed',
      count: 1,
      method: 'POST',
      url: '/lists$',
    });
    expect((await call(token, 'GET', `${SITE}/lists`)).status).toBe(200);
    expect(
      (await call(token, 'POST', `${SITE}/lists`, { displayName: 'x', columns: [] })).status,
    ).toBe(412);
  });

  it('fails a seeded share the same way each run', async () => {
    const statuses = async () => {
      const { call, token } = await withFaults({ action: 'throttle', rate: 0.5, seed: 42 });
      const result: number[] = [];
      for (let index = 0; index < 12; index += 1)
        result.push((await call(token, 'GET', '/me')).status);
      return result;
    };
    const first = await statuses();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await statuses()).toEqual(first);
  });

  it('delays a request', async () => {
    const { call, token } = await withFaults({ action: 'delay', count: 1, delayMs: 120 });
    const started = performance.now();
    expect((await call(token, 'GET', '/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('drops the batch response after running its requests', async () => {
    const { call, token } = await withFaults({ action: 'drop', count: 1, method: 'POST' });
    const response = await call(token, 'POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: `${SITE}/lists`,
          headers: { 'content-type': 'application/json' },
          body: { displayName: 'Na', columns: [] },
        },
        { id: '2', method: 'GET', url: '/me' },
      ],
    });
    expect(response.type).toBe('error');
    expect((await call(token, 'GET', `${SITE}/lists/Na`)).status).toBe(200);
  });

  it('clears faults', async () => {
    const { call, token, app } = await withFaults({ action: 'throttle', count: 5 });
    expect((await app.request('/_local/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await call(token, 'GET', '/me')).status).toBe(200);
  });

  it('rejects an unknown action', async () => {
    const { app } = freshStandIn();
    const response = await app.request('/_local/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'explode' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('reset', () => {
  it('restores the demo data and keeps tokens', async () => {
    const { call, token, app } = await withFaults([]);
    await call(token, 'POST', `${SITE}/lists`, { displayName: 'Tijdelijk', columns: [] });
    expect((await app.request('/_local/reset', { method: 'POST' })).status).toBe(200);
    const lists = (await (await call(token, 'GET', `${SITE}/lists`)).json()) as {
      value: unknown[];
    };
    expect(lists.value).toHaveLength(0);
  });
});
