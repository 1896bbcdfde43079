import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningLocalM365, startLocalM365 } from '../../../src/local-m365/index';
import { GROUP_ID, SITE_ID } from '../../../src/local-m365/seed';

describe('stand-in over HTTPS', () => {
  let server: RunningLocalM365;
  let dispatcher: Agent;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'local-m365-https-'));
    server = await startLocalM365({ port: 0, dbPath: join(dataDir, 'test.db'), quiet: true });
    dispatcher = new Agent({ connect: { ca: server.caPem } });
  });

  afterAll(async () => {
    await dispatcher.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function token(): Promise<string> {
    const response = await fetch(`${server.url}/_local/token`, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'koen.maes@zonnedorp.example' }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  it('serves the team site to a trusted client', async () => {
    const response = await fetch(`${server.url}/v1.0/groups/${GROUP_ID}/sites/root`, {
      dispatcher,
      headers: { authorization: `Bearer ${await token()}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(SITE_ID);
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('drops the connection after committing the write', async () => {
    const accessToken = await token();
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    await fetch(`${server.url}/_local/faults`, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'drop', count: 1, method: 'POST' }),
    });

    const dropped = fetch(`${server.url}/v1.0/sites/${SITE_ID}/lists`, {
      method: 'POST',
      dispatcher,
      headers,
      body: JSON.stringify({ displayName: 'Verloren antwoord', columns: [] }),
    });
    await expect(dropped).rejects.toThrow();

    const lists = await fetch(
      `${server.url}/v1.0/sites/${SITE_ID}/lists?$filter=displayName eq 'Verloren antwoord'`,
      { dispatcher, headers },
    );
    expect(lists.status).toBe(200);
    expect(((await lists.json()) as { value: unknown[] }).value).toHaveLength(1);
  });

  it('drops a whole batch after running its requests', async () => {
    const headers = {
      authorization: `Bearer ${await token()}`,
      'content-type': 'application/json',
    };
    await fetch(`${server.url}/_local/faults`, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'drop', count: 1, url: '/lists$' }),
    });

    const dropped = fetch(`${server.url}/v1.0/$batch`, {
      method: 'POST',
      dispatcher,
      headers,
      body: JSON.stringify({
        requests: [
          {
            id: '1',
            method: 'POST',
            url: `/sites/${SITE_ID}/lists`,
            headers: { 'Content-Type': 'application/json' },
            body: { displayName: 'Verloren batch', columns: [] },
          },
          { id: '2', method: 'GET', url: '/me' },
        ],
      }),
    });
    await expect(dropped).rejects.toThrow();

    const list = await fetch(`${server.url}/v1.0/sites/${SITE_ID}/lists/Verloren batch`, {
      dispatcher,
      headers,
    });
    expect(list.status).toBe(200);
  });
});
