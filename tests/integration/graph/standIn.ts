/** Starts the local stand-in on a free port and a temporary database, and opens sessions on it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { createGraphSession, type GraphSession } from '../../../src/graph';
import { GraphApi } from '../../../src/graph/api';
import { createGraphClient } from '../../../src/graph/client';
import type { RetryPolicy } from '../../../src/graph/retry';
import { DEMO_USERS, GROUP_ID, startLocalM365, USER_IDS } from '../../../src/local-m365';

export { DEMO_USERS, GROUP_ID, USER_IDS };

/** A running stand-in with a client that trusts its certificate. */
export interface StandIn {
  url: string;
  dispatcher: Agent;
  /** Sends a request to the stand-in's control surface under `/_local`. */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Opens a Graph session as a demo user, with batch retries that wait no real time. */
  session(
    userPrincipalName?: string,
    policy?: Partial<RetryPolicy>,
    /** Scopes of the token; the stand-in's default app scopes when left out. */
    scopes?: string[],
  ): GraphSession;
  /** Returns the request layer under a session, for tests of batching and paging. */
  graphApi(
    userPrincipalName?: string,
    policy?: Partial<RetryPolicy>,
  ): { api: GraphApi; requestCount(): number };
  /** Records of the waits the retry policy asked for, in milliseconds. */
  sleeps: number[];
  close(): Promise<void>;
}

/** Returns the user principal name of a demo user by role. */
export function upnOf(id: string): string {
  return DEMO_USERS.find((user) => user.id === id)!.userPrincipalName;
}

const DIRECTOR = upnOf(USER_IDS.director);

/** Starts the stand-in; call `close` in `afterAll`. */
export async function startStandIn(): Promise<StandIn> {
  const folder = mkdtempSync(join(tmpdir(), 'risicoradar-graph-'));
  const server = await startLocalM365({ port: 0, dbPath: join(folder, 'm365.db'), quiet: true });
  const dispatcher = new Agent({ connect: { ca: server.caPem } });
  const sleeps: number[] = [];

  const control = async (method: string, path: string, body?: unknown) => {
    const response = await undiciFetch(`${server.url}/_local${path}`, {
      method,
      dispatcher,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`/_local${path} failed with ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };

  const token = async (user: string, scopes?: string[]) =>
    ((await control('POST', '/token', { user, scopes })) as { access_token: string }).access_token;

  const options = (user: string, policy: Partial<RetryPolicy>, scopes?: string[]) => ({
    baseUrl: `${server.url}/`,
    customHosts: ['localhost'],
    getToken: () => token(user, scopes),
    fetchOptions: { dispatcher } as RequestInit,
    retryPolicy: {
      maxRetries: 5,
      baseDelayMs: 100,
      maxDelayMs: 10_000,
      now: () => Date.parse('2026-12-04T09:00:00Z'),
      random: () => 0.5,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
      ...policy,
    },
  });

  const session = (user = DIRECTOR, policy: Partial<RetryPolicy> = {}, scopes?: string[]) =>
    createGraphSession(options(user, policy, scopes));

  const graphApi = (user = DIRECTOR, policy: Partial<RetryPolicy> = {}) => {
    const settings = options(user, policy);
    const { client, requestCount } = createGraphClient(settings);
    return { api: new GraphApi(client, settings.retryPolicy), requestCount };
  };

  return {
    url: server.url,
    dispatcher,
    control,
    session,
    graphApi,
    sleeps,
    close: async () => {
      await server.close();
      await dispatcher.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
