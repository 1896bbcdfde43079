/**
 * Benchmark of a fresh Planner push: round trips against the least the API allows.
 *
 * Starts the local stand-in on a temporary database, provisions the lists, creates N actions
 * with descriptions, resets the stand-in's counters and pushes once. The bound for N actions is
 * 5 + 4 × ⌈N/20⌉ requests: plan, plan details read and write, buckets, the actions read, then
 * per 20 actions one batch each to create, read details, write details and link the actions.
 * Prints the numbers and does not compare them with the aim.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, fetch } from 'undici';
import type { Action } from '../src/domain/model';
import { createGraphSession } from '../src/graph';
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
