/**
 * Benchmark of a fresh Planner push: round trips against the least the API allows.
 *
 * Starts the local stand-in on a temporary database, provisions the lists, creates N actions
 * with descriptions, resets the stand-in's counters and pushes once. The bound for N actions is
 * 5 + 4 × ⌈N/20⌉ requests: plan, plan details read and write, buckets, the actions read, then
 * per 20 actions one batch each to create, read details, write details and link the actions.
 * Prints the numbers and does not compare them with the aim.
 *
 * A second section loads the risk register from the stand-in with 50 risks and with 5,000, and
 * filters it, printing requests, load time and filter time and their ratios. The risks are
 * created through `$batch` before the counters start, so the set-up is not counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, fetch } from 'undici';
import type { Action, Risk } from '../src/domain/model';
import { filterRisks, NO_FILTER } from '../src/domain/riskFilters';
import { createGraphSession, type GraphSession } from '../src/graph';
import { GraphApi } from '../src/graph/api';
import { createGraphClient } from '../src/graph/client';
import { riskMapper } from '../src/graph/repositories/risks';
import { DEFAULT_RETRY_POLICY } from '../src/graph/retry';
import { SiteDirectory } from '../src/graph/sites';
import { DEMO_USERS, GROUP_ID, startLocalM365, USER_IDS } from '../src/local-m365';

const ACTION_COUNT = Number(process.env.BENCH_ACTIONS ?? 200);

interface Stats {
  httpRequests: number;
  graphRequests: number;
  batchRequests: number;
  byRoute: Record<string, number>;
}

function demoUser(id: string) {
  const user = DEMO_USERS.find((candidate) => candidate.id === id)!;
  return { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName };
}

function benchAction(index: number): Action {
  const owners = [USER_IDS.ictOfficer, USER_IDS.dpo, USER_IDS.internalControl];
  return {
    key: `bench-${index}`,
    title: `Actie ${index + 1}: maatregel uit de risicoanalyse`,
    description: `Beschrijving van actie ${index + 1}. `.repeat(8).trim(),
    domain: `d${(index % 13) + 1}` as Action['domain'],
    moscow: (['must', 'should', 'could', 'wont'] as const)[index % 4]!,
    owner: demoUser(owners[index % owners.length]!),
    dueDate: '2027-06-30',
    status: 'open',
    percentComplete: 0,
  };
}

const RISK_COUNTS = [50, 5_000] as const;

function benchRisk(index: number): Risk {
  return {
    key: `bench-risk-${index}`,
    title: `Risico ${index + 1}: ${index % 7 === 0 ? 'back-up' : 'toegang'} niet op orde`,
    description: `Beschrijving van risico ${index + 1}.`,
    domain: `d${(index % 13) + 1}` as Risk['domain'],
    cause: 'Geen afspraken met de leverancier.',
    likelihood: (index % 5) + 1,
    impact: ((index * 3) % 5) + 1,
    status: 'open',
    origin: 'own',
    nextReview: index % 3 === 0 ? '2026-11-01' : '2027-06-01',
  };
}

/** Creates risks `from` up to `to` through `$batch`, 20 per envelope. */
async function createRisks(api: GraphApi, path: string, from: number, to: number): Promise<void> {
  const requests = [];
  for (let index = from; index < to; index += 1) {
    const risk = benchRisk(index);
    requests.push({
      method: 'POST' as const,
      url: `${path}/items`,
      body: { fields: { ...riskMapper.toFields(risk), ClientKey: risk.key } },
    });
  }
  const results = await api.batch(requests);
  const failed = results.filter((result) => result.status >= 300).length;
  if (failed > 0) throw new Error(`[bench] ${failed} risks were not created`);
}

/** Loads the register once and filters it 20 times, returning requests and times in ms. */
async function loadAndFilter(session: GraphSession) {
  const store = session.openStore({ groupId: GROUP_ID });
  const before = session.requestCount();
  const loadStart = performance.now();
  const risks = await store.risks.list();
  const loadMs = performance.now() - loadStart;
  const requests = session.requestCount() - before;
  const filter = { ...NO_FILTER, level: 'high' as const, overdueOnly: true, search: 'back-up' };
  const filterStart = performance.now();
  let shown = 0;
  for (let round = 0; round < 20; round += 1)
    shown = filterRisks(risks, filter, '2026-12-04').length;
  const filterMs = (performance.now() - filterStart) / 20;
  return { count: risks.length, requests, loadMs, filterMs, shown };
}

async function benchRegister(options: Parameters<typeof createGraphSession>[0]): Promise<void> {
  const { client } = createGraphClient(options);
  const api = new GraphApi(client, DEFAULT_RETRY_POLICY);
  const path = await new SiteDirectory(api, GROUP_ID).listPath('risks');
  const results = [];
  let created = 0;
  for (const count of RISK_COUNTS) {
    await createRisks(api, path, created, count);
    created = count;
    // A fresh session per size, so the site and list look-ups count in both.
    results.push(await loadAndFilter(createGraphSession(options)));
  }
  const [small, large] = results as [
    Awaited<ReturnType<typeof loadAndFilter>>,
    Awaited<ReturnType<typeof loadAndFilter>>,
  ];
  for (const result of results) {
    console.log(
      `[bench] register of ${result.count} risks: ${result.requests} requests, ` +
        `load ${result.loadMs.toFixed(0)} ms, filter ${result.filterMs.toFixed(2)} ms ` +
        `(${result.shown} shown)`,
    );
  }
  const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(1));
  console.log(
    `[bench] ${large.count} against ${small.count} risks: requests × ${ratio(large.requests, small.requests)}, ` +
      `load time × ${ratio(large.loadMs, small.loadMs)}, filter time × ${ratio(large.filterMs, small.filterMs)}`,
  );
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'risicoradar-bench-'));
  const server = await startLocalM365({ port: 0, dbPath: join(folder, 'm365.db'), quiet: true });
  const dispatcher = new Agent({ connect: { ca: server.caPem } });
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/_local${path}`, {
      method,
      dispatcher,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.json();
  };
  try {
    const user = demoUser(USER_IDS.director).userPrincipalName;
    const { access_token: token } = (await control('POST', '/token', { user })) as {
      access_token: string;
    };
    const session = createGraphSession({
      baseUrl: `${server.url}/`,
      customHosts: ['localhost'],
      getToken: async () => token,
      fetchOptions: { dispatcher } as RequestInit,
    });
    const store = session.openStore({ groupId: GROUP_ID });
    await store.provision();
    const actions: Action[] = [];
    for (let index = 0; index < ACTION_COUNT; index += 1) {
      actions.push(await store.actions.create(benchAction(index)));
    }

    await control('POST', '/stats/reset');
    const clientBefore = session.requestCount();
    const started = performance.now();
    const result = await store.planner.push(actions);
    const elapsedMs = performance.now() - started;
    const stats = (await control('GET', '/stats')) as Stats;

    const bound = 5 + 4 * Math.ceil(ACTION_COUNT / 20);
    const requestsMade = session.requestCount() - clientBefore;
    console.log(`[bench] fresh Planner push of ${ACTION_COUNT} actions`);
    console.log(`[bench] tasks created: ${result.created}, failures: ${result.failures.length}`);
    console.log(`[bench] HTTP requests made (client count): ${requestsMade}`);
    // The stand-in also counted the stats read itself, so one is taken off.
    console.log(`[bench] HTTP requests seen by the stand-in: ${stats.httpRequests - 1}`);
    console.log(`[bench] of which $batch envelopes: ${stats.batchRequests}`);
    console.log(`[bench] Graph calls inside and outside batches: ${stats.graphRequests}`);
    console.log(`[bench] bound 5 + 4 × ⌈N/20⌉: ${bound}`);
    console.log(`[bench] ratio made / bound: ${(requestsMade / bound).toFixed(2)} (aim ≤ 1.5)`);
    console.log(`[bench] time: ${elapsedMs.toFixed(0)} ms`);

    await benchRegister({
      baseUrl: `${server.url}/`,
      customHosts: ['localhost'],
      getToken: async () => token,
      fetchOptions: { dispatcher } as RequestInit,
    });
  } finally {
    await server.close();
    await dispatcher.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
