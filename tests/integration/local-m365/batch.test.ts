import { describe, expect, it } from 'vitest';
import { SITE, freshStandIn } from './helpers';

const ICT_OFFICER = 'koen.maes@zonnedorp.example';

type BatchBody = {
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[];
};

async function batch(requests: unknown[]) {
  const standIn = freshStandIn();
  const token = await standIn.token(ICT_OFFICER);
  const response = await standIn.call(token, 'POST', '/$batch', { requests });
  return { standIn, token, response };
}

describe('$batch', () => {
  it('returns a status, headers and body per request', async () => {
    const { response } = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: `${SITE}/lists` },
    ]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as BatchBody;
    expect(body.responses.map((entry) => entry.status)).toEqual([200, 200]);
    expect(body.responses[0]?.headers['Content-Type']).toContain('application/json');
    expect((body.responses[0]?.body as { displayName: string }).displayName).toBe('Koen Maes');
  });

  it('rejects more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: '/me',
    }));
    const { response } = await batch(requests);
    expect(response.status).toBe(400);
  });

  it('rejects duplicate ids', async () => {
    const { response } = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '1', method: 'GET', url: '/me' },
    ]);
    expect(response.status).toBe(400);
  });

  it('rejects a body without Content-Type', async () => {
    const { response } = await batch([
      { id: '1', method: 'POST', url: `${SITE}/lists`, body: { displayName: 'x' } },
    ]);
    expect(response.status).toBe(400);
  });

  it('answers 424 for dependents of a failed request', async () => {
    const { response } = await batch([
      { id: '1', method: 'GET', url: `${SITE}/lists/Onbestaand` },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
    ]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as BatchBody;
    expect(body.responses.map((entry) => entry.status)).toEqual([404, 424]);
  });

  it('runs dependent writes in order', async () => {
    const { response } = await batch([
      {
        id: 'list',
        method: 'POST',
        url: `${SITE}/lists`,
        headers: { 'Content-Type': 'application/json' },
        body: { displayName: 'Ronde', columns: [] },
      },
      {
        id: 'item',
        method: 'POST',
        url: `${SITE}/lists/Ronde/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: '2026' } },
        dependsOn: ['list'],
      },
    ]);
    const body = (await response.json()) as BatchBody;
    expect(body.responses.map((entry) => entry.status)).toEqual([201, 201]);
  });

  it('throttles an inner request while the batch answers 200', async () => {
    const standIn = freshStandIn();
    const token = await standIn.token(ICT_OFFICER);
    standIn.state.faults.configure({ action: 'throttle', count: 1, url: '^/me$', retryAfter: 2 });
    const response = await standIn.call(token, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me' },
      ],
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as BatchBody;
    expect(body.responses.map((entry) => entry.status)).toEqual([429, 200]);
    expect(body.responses[0]?.headers['Retry-After']).toBe('2');
    expect((body.responses[0]?.body as { error: { code: string } }).error.code).toBe(
      'activityLimitReached',
    );
  });

  it('counts inner requests as Graph requests', async () => {
    const standIn = freshStandIn();
    const token = await standIn.token(ICT_OFFICER);
    await standIn.app.request('/_local/stats/reset', { method: 'POST' });
    await standIn.call(token, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me' },
        { id: '3', method: 'GET', url: '/me' },
      ],
    });
    const stats = (await (await standIn.app.request('/_local/stats')).json()) as Record<
      string,
      number
    >;
    expect(stats.httpRequests).toBe(2);
    expect(stats.graphRequests).toBe(3);
    expect(stats.batchRequests).toBe(1);
  });
});
