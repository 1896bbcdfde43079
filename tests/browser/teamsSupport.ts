/** Shared set-up of the Teams browser tests: the stand-in, Chromium, hosts, Graph and risks. */
import { request as playwrightRequest, type APIRequestContext } from 'playwright-core';
import type { Risk } from '../../src/domain/model';
import { riskMapper } from '../../src/graph/repositories/risks';
import { startDemo, type Demo } from './harness';
import { DIRECTOR, StandInGraph } from './governanceGraph';
import { openInTeamsHost, type TeamsHost, type TeamsHostOptions } from './teams-host/host';

/** The risk list's display name on the team site. */
export const RISK_LIST = 'Risicoradar risico’s';

/** A started demo with its open hosts, closed together. */
export interface TeamsDemo {
  demo: Demo;
  graph: StandInGraph;
  open(options: Omit<TeamsHostOptions, 'tabUrl'> & { path?: string }): Promise<TeamsHost>;
  close(): Promise<void>;
}

/** Starts the stand-in and Chromium, and a Graph client with the director's token. */
export async function startTeamsDemo(): Promise<TeamsDemo> {
  const demo = await startDemo();
  const api: APIRequestContext = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  const graph = new StandInGraph(api, demo.url);
  await graph.signIn();
  const hosts: TeamsHost[] = [];
  return {
    demo,
    graph,
    async open({ path = '/index.html', ...options }) {
      const host = await openInTeamsHost(demo.browser, {
        tabUrl: `${demo.url}${path}`,
        ...options,
      });
      hosts.push(host);
      return host;
    },
    async close() {
      await Promise.all(hosts.map((host) => host.close()));
      await api.dispose();
      await demo.close();
    },
  };
}

/** Builds a risk with the given key and title, and plain defaults for the other fields. */
export function riskFixture(key: string, title: string, extra: Partial<Risk> = {}): Risk {
  return {
    key,
    title,
    description: 'Vertrouwelijke beschrijving',
    domain: 'd1',
    cause: 'Vertrouwelijke oorzaak',
    likelihood: 4,
    impact: 4,
    status: 'open',
    origin: 'own',
    ...extra,
  } as Risk;
}

/** Stores a risk through Graph, as the tab would. */
export function seedRisk(graph: StandInGraph, risk: Risk): Promise<void> {
  return graph.seed(RISK_LIST, riskMapper, risk);
}

/** Fetches a token with the given scopes from the stand-in's control surface. */
export async function fetchToken(url: string, scopes: string[], user = DIRECTOR.userPrincipalName) {
  const api = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  const response = await api.post(`${url}/_local/token`, { data: { user, scopes } });
  const token = ((await response.json()) as { access_token: string }).access_token;
  await api.dispose();
  return token;
}

/** Sends a Graph GET with a token and returns the status and the JSON body. */
export async function graphGet(url: string, path: string, token: string) {
  const api = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  const response = await api.get(`${url}/v1.0${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const result = { status: response.status(), body: (await response.json()) as unknown };
  await api.dispose();
  return result;
}
