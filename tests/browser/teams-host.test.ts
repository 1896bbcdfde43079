/** Drives the real teams-js through the Teams test host, with a probe page and with the built tab. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalM365, type RunningLocalM365 } from '../../src/local-m365/index';
import { browserScript } from './teams-host/host-page';
import {
  openInTeamsHost,
  type HostedFile,
  type TeamsHost,
  type TeamsHostOptions,
} from './teams-host/host';

const require = createRequire(import.meta.url);
const PROBE_PATH = '/__probe__';
const DIST = resolve('dist');

let standIn: RunningLocalM365;
let browser: Browser;
let probeFiles: Record<string, HostedFile>;
const hosts: TeamsHost[] = [];

beforeAll(async () => {
  standIn = await startLocalM365({ port: 0, dbPath: ':memory:', staticDir: DIST, quiet: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const teamsJs = require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js');
  probeFiles = {
    [`${PROBE_PATH}/probe.html`]: {
      body: await readFile(join(import.meta.dirname, 'teams-host/probe/probe.html'), 'utf8'),
      contentType: 'text/html',
    },
    [`${PROBE_PATH}/MicrosoftTeams.min.js`]: {
      body: await readFile(teamsJs, 'utf8'),
      contentType: 'text/javascript',
    },
    [`${PROBE_PATH}/probe-script.js`]: {
      body: await browserScript('./probe/probe-script.ts'),
      contentType: 'text/javascript',
    },
  };
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  await browser?.close();
  await standIn?.close();
});

async function openProbe(options: Partial<TeamsHostOptions> = {}): Promise<TeamsHost> {
  const host = await openInTeamsHost(browser, {
    tabUrl: `${standIn.url}${PROBE_PATH}/probe.html`,
    files: probeFiles,
    ...options,
  });
  hosts.push(host);
  return host;
}

/** Waits until the probe's output `name` is filled in and returns its text. */
async function probeOutput(host: TeamsHost, name: string): Promise<string> {
  const output = host.frame.getByRole('status', { name, exact: true });
  await expect.poll(() => output.textContent(), { timeout: 10_000 }).not.toBe('');
  return (await output.textContent()) ?? '';
}

describe('Teams test host with the teams-js probe', () => {
  it('completes app.initialize', async () => {
    const host = await openProbe();

    expect(await probeOutput(host, 'initialize')).toBe('ok');
    expect((await host.calls()).map((call) => call.func)).toContain('initialize');
  });

  it('returns the configured context from getContext', async () => {
    const host = await openProbe({
      context: {
        theme: 'dark',
        locale: 'nl-BE',
        user: { id: 'user-1', userPrincipalName: 'an@zonnedorp.example', loginHint: 'an@hint' },
        tenantId: 'tenant-1',
        team: { groupId: 'group-1' },
        channel: { id: '19:risk@thread.tacv2', membershipType: 'Private' },
        page: { id: 'risicoradar', subPageId: 'risk-42' },
      },
    });

    expect(JSON.parse(await probeOutput(host, 'context'))).toEqual({
      theme: 'dark',
      locale: 'nl-BE',
      clientType: 'web',
      userId: 'user-1',
      userPrincipalName: 'an@zonnedorp.example',
      loginHint: 'an@hint',
      tenantId: 'tenant-1',
      groupId: 'group-1',
      channelId: '19:risk@thread.tacv2',
      membershipType: 'Private',
      pageId: 'risicoradar',
      subPageId: 'risk-42',
      frameContext: 'content',
    });
  });

  it('reports pages support and no nested app auth', async () => {
    const host = await openProbe();

    expect(JSON.parse(await probeOutput(host, 'supported'))).toEqual({
      pages: true,
      config: true,
      currentApp: true,
      nestedAppAuth: false,
    });
  });

  it('pushes a theme change to the open tab', async () => {
    const host = await openProbe({ context: { theme: 'default' } });
    expect(await probeOutput(host, 'theme')).toBe('default');
    await host.waitForCall('registerHandler');

    await host.setTheme('contrast');

    await expect
      .poll(() => host.frame.getByRole('status', { name: 'theme' }).textContent())
      .toBe('contrast');
  });

  it('records the config that Save stores', async () => {
    const host = await openProbe({ context: { page: { frameContext: 'settings' } } });
    await host.waitForCall('settings.setValidityState');

    const outcome = await host.pressSave();

    expect(outcome).toEqual({ result: 'success' });
    expect(await host.savedConfig()).toEqual({
      entityId: 'probe-entity',
      contentUrl: `${standIn.url}/index.html`,
      suggestedDisplayName: 'Risicoradar',
    });
  });

  it('reports a failed save with its reason', async () => {
    const host = await openProbe({
      context: { page: { frameContext: 'settings', subPageId: 'fail-save' } },
    });
    await host.waitForCall('settings.setValidityState');

    const outcome = await host.pressSave();

    expect(outcome).toEqual({ result: 'failure', reason: 'probe rejected the settings' });
    expect(await host.savedConfig()).toBeUndefined();
  });

  it('rejects Save before the tab marks its settings valid', async () => {
    const host = await openProbe();
    await host.waitForCall('getContext');

    await expect(host.pressSave()).rejects.toThrow(/Save is disabled/);
  });

  it('rejects an unsupported request', async () => {
    const host = await openProbe();

    expect(await probeOutput(host, 'unsupported')).toBe(
      'rejected: authentication.getAuthToken is not supported by the Teams test host',
    );
    expect((await host.calls()).map((call) => call.func)).toContain('authentication.getAuthToken');
  });

  it('records a shared deep link and navigation', async () => {
    const host = await openProbe();

    expect(await probeOutput(host, 'navigation')).toBe('ok');
    const calls = await host.calls();
    const shared = calls.find((call) => call.func === 'shareDeepLink');
    const navigated = calls.find((call) => call.func === 'pages.currentApp.navigateTo');
    expect(shared?.args).toEqual(['risk-42', 'Risico 42', undefined]);
    expect(navigated?.args).toEqual([{ pageId: 'risks', subPageId: 'risk-42' }]);
  });

  it('blocks the teams-js request to its CDN', async () => {
    const host = await openProbe();
    await probeOutput(host, 'initialize');

    const hostnames = host.blockedRequests().map((url) => new URL(url).hostname);

    expect(hostnames).toContain('res.cdn.office.net');
  });

  it('uses a configured response', async () => {
    const host = await openProbe({ responses: { 'authentication.getAuthToken': [true, 'token'] } });

    expect(await probeOutput(host, 'unsupported')).toBe('resolved');
  });
});

describe('Teams test host with the built tab', () => {
  it.skipIf(!existsSync(join(DIST, 'index.html')))(
    'responds to the tab start-up requests',
    async () => {
      const host = await openInTeamsHost(browser, { tabUrl: `${standIn.url}/index.html` });
      hosts.push(host);

      const getContext = await host.waitForCall('getContext');

      expect(getContext.apiVersionTag).toBe('v2_app.getContext');
      expect((await host.calls()).map((call) => call.func)).toContain('initialize');
    },
  );
});
