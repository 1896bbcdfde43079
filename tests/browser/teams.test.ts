/** The built tab inside the Teams test host: configuration, deep links, threads and the channel site. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_USERS,
  GENERAL_CHANNEL_ID,
  GROUP_ID,
  PRIVATE_CHANNEL_ID,
  PRIVATE_CHANNEL_SITE_ID,
  RISK_CHANNEL_ID,
  USER_IDS,
} from '../../src/local-m365/seed';
import type { Action } from '../../src/domain/model';
import { actionMapper } from '../../src/graph/repositories/actions';
import { PLAN_SETTINGS_KEY, settingsMapper } from '../../src/graph/repositories/settings';
import { seriousA11yViolations } from './harness';
import { DEFAULT_APP_ID } from './teams-host/context';
import type { TeamsHost } from './teams-host/host';
import {
  fetchToken,
  graphGet,
  RISK_LIST,
  riskFixture,
  seedRisk,
  startTeamsDemo,
  type TeamsDemo,
} from './teamsSupport';

let teams: TeamsDemo;

beforeAll(async () => {
  teams = await startTeamsDemo();
});

afterAll(async () => {
  await teams?.close();
});

describe('configuration page', () => {
  it('Save provisions and opens the register', async () => {
    const host = await teams.open({
      path: '/index.html#/config',
      context: { page: { frameContext: 'settings' }, channel: { id: GENERAL_CHANNEL_ID } },
    });
    await expect
      .poll(() => host.frame.getByText(/Risicoradar heeft deze lijsten gemaakt/).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await host.page.screenshot({ path: '/tmp/shots/config.png' });
    await host.waitForCall('settings.setValidityState');

    expect(await host.pressSave()).toEqual({ result: 'success' });

    const saved = (await host.savedConfig()) as Record<string, string>;
    expect(saved.entityId).toBe('risicoradar');
    expect(saved.suggestedDisplayName).toBe('Risicoradar');
    expect(saved.contentUrl).toBe(`${teams.demo.url}/index.html#/risks`);
    expect(saved.removeUrl).toBe(`${teams.demo.url}/index.html#/remove`);
    const tab = await teams.open({ path: new URL(saved.contentUrl!).pathname + '#/risks' });
    await expect
      .poll(() => tab.frame.getByRole('heading', { level: 1, name: 'Risico’s' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
  });

  it('second channel reuses the lists', async () => {
    const host = await teams.open({
      path: '/index.html#/config',
      context: { page: { frameContext: 'settings' }, channel: { id: RISK_CHANNEL_ID } },
    });

    await expect
      .poll(() => host.frame.getByText(/bestonden al/).count(), { timeout: 20_000 })
      .toBe(1);
    expect(await host.frame.getByText(/Leden: 5. Gasten: 1./).count()).toBe(1);
  });
});

const RISK_A = riskFixture('a1b2c3d4-0000-4000-8000-00000000000a', 'Verouderde back-ups');
const RISK_B = riskFixture('a1b2c3d4-0000-4000-8000-00000000000b', 'Geen noodplan');
const HOSTILE_TITLE = '<b>Vet</b> & "quotes" \'en\' 🚀';
const RISK_HOSTILE = riskFixture('a1b2c3d4-0000-4000-8000-00000000000c', HOSTILE_TITLE, {
  riskOwner: {
    id: USER_IDS.ictOfficer,
    displayName: 'Koen Maes',
    userPrincipalName: 'koen.maes@zonnedorp.example',
  },
});

function linkedHeading(host: TeamsHost, title: string) {
  return host.frame
    .getByRole('region', { name: 'Gedeelde link' })
    .getByRole('heading', { name: `Risico: ${title}` });
}

describe('deep links', () => {
  beforeAll(async () => {
    for (const risk of [RISK_A, RISK_B, RISK_HOSTILE]) await seedRisk(teams.graph, risk);
  });

  it('opens risk A, then risk B', async () => {
    const host = await teams.open({ context: { page: { subPageId: `risk-${RISK_A.key}` } } });
    await expect.poll(() => linkedHeading(host, RISK_A.title).count(), { timeout: 20_000 }).toBe(1);

    await host.openDeepLink(`risk-${RISK_B.key}`);

    await expect.poll(() => linkedHeading(host, RISK_B.title).count(), { timeout: 20_000 }).toBe(1);
    expect(await linkedHeading(host, RISK_A.title).count()).toBe(0);
    await host.page.screenshot({ path: '/tmp/shots/deeplink.png' });
  });

  it.each([
    ['an id of another form', 'risk-<script>'],
    ['context that is not JSON', '{"subEntityId": risk-'],
  ])('lands on the register for %s', async (_, subPageId) => {
    const host = await teams.open({ context: { page: { subPageId } } });

    await expect
      .poll(() => host.frame.getByText(/De link is niet geldig/).count(), { timeout: 20_000 })
      .toBe(1);
    expect(await host.frame.getByRole('heading', { level: 1, name: 'Risico’s' }).count()).toBe(1);
  });

  it('lands on the register for an unknown risk', async () => {
    const host = await teams.open({
      context: { page: { subPageId: 'risk-00000000-0000-4000-8000-000000000000' } },
    });

    await expect
      .poll(() => host.frame.getByText(/bestaat niet \(meer\)/).count(), { timeout: 20_000 })
      .toBe(1);
  });
});

interface PostedMessage {
  body: { content: string };
  mentions: { mentioned: { user: { id: string } } }[];
}

async function readChannelMessages(): Promise<PostedMessage[]> {
  const token = await fetchToken(teams.demo.url, ['ChannelMessage.Read.All']);
  const path = `/teams/${GROUP_ID}/channels/${encodeURIComponent(RISK_CHANNEL_ID)}/messages`;
  const response = await graphGet(teams.demo.url, path, token);
  return (response.body as { value: PostedMessage[] }).value;
}

describe('channel thread', () => {
  it('posts escaped text and a link that opens the risk', async () => {
    const host = await teams.open({
      context: {
        channel: { id: RISK_CHANNEL_ID },
        page: { subPageId: `risk-${RISK_HOSTILE.key}` },
      },
    });
    await expect
      .poll(() => linkedHeading(host, HOSTILE_TITLE).count(), { timeout: 20_000 })
      .toBe(1);

    await host.frame
      .getByRole('region', { name: 'Gedeelde link' })
      .getByRole('button', { name: `“${HOSTILE_TITLE}” bespreken in het kanaal` })
      .click();
    await host.frame.getByRole('button', { name: 'Bericht plaatsen' }).click();
    await expect
      .poll(() => host.frame.getByRole('link', { name: 'Gesprek openen' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);

    const messages = await readChannelMessages();
    const message = messages.at(-1)!;
    expect(message.body.content).toContain(
      '&lt;b&gt;Vet&lt;/b&gt; &amp; &quot;quotes&quot; &#39;en&#39; 🚀',
    );
    expect(message.body.content).not.toContain('<b>Vet</b>');
    expect(message.body.content).not.toContain('Vertrouwelijke');
    expect(message.body.content).toContain('<at id="0">Koen Maes</at>');
    expect(message.mentions[0]?.mentioned.user.id).toBe(USER_IDS.ictOfficer);

    const href = /<a href="([^"]+)">/.exec(message.body.content)?.[1]?.replaceAll('&amp;', '&');
    const link = new URL(href!);
    expect(link.origin + link.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${DEFAULT_APP_ID}/risicoradar`,
    );
    const context = JSON.parse(link.searchParams.get('context')!) as { subEntityId: string };
    expect(context).toEqual({
      subEntityId: `risk-${RISK_HOSTILE.key}`,
      channelId: RISK_CHANNEL_ID,
    });

    await host.openDeepLink(`risk-${RISK_B.key}`);
    await expect.poll(() => linkedHeading(host, RISK_B.title).count(), { timeout: 20_000 }).toBe(1);
    await host.openDeepLink(context.subEntityId);
    await expect
      .poll(() => linkedHeading(host, HOSTILE_TITLE).count(), { timeout: 20_000 })
      .toBe(1);
  });
});

describe('action owner mention', () => {
  it('mentions the owner with a link to the action', async () => {
    const action: Action = {
      key: 'b1b2c3d4-0000-4000-8000-00000000000a',
      title: 'Back-upprocedure & test <schrijven>',
      description: '',
      moscow: 'must',
      status: 'open',
      percentComplete: 0,
      owner: {
        id: USER_IDS.dpo,
        displayName: 'Sofie Claes',
        userPrincipalName: 'sofie.claes@zonnedorp.example',
      },
    };
    await teams.graph.seed('Risicoradar acties', actionMapper, action);
    const host = await teams.open({
      path: '/index.html#/actions',
      context: { channel: { id: RISK_CHANNEL_ID }, page: { subPageId: `action-${action.key}` } },
    });

    await host.frame
      .getByRole('button', { name: 'Eigenaar vermelden in het kanaal' })
      .click({ timeout: 20_000 });
    await expect
      .poll(() => host.frame.getByText('Het bericht staat in het kanaal.').count(), {
        timeout: 20_000,
      })
      .toBe(1);

    const message = (await readChannelMessages()).at(-1)!;
    expect(message.body.content).toContain('<at id="0">Sofie Claes</at>');
    expect(message.body.content).toContain('Back-upprocedure &amp; test &lt;schrijven&gt;');
    expect(message.body.content).toContain(encodeURIComponent(`"action-${action.key}"`));
    expect(message.mentions[0]?.mentioned.user.id).toBe(USER_IDS.dpo);
  });
});

const BACKGROUNDS = {
  default: { page: 'rgb(250, 250, 250)', dialog: 'rgb(255, 255, 255)' },
  dark: { page: 'rgb(36, 36, 36)', dialog: 'rgb(41, 41, 41)' },
  contrast: { page: 'rgb(0, 0, 0)', dialog: 'rgb(0, 0, 0)' },
} as const;

function pageBackground(host: TeamsHost): Promise<string> {
  return host.frame
    .locator('main')
    .evaluate((main) => getComputedStyle(main.parentElement!).backgroundColor);
}

async function dialogBackground(host: TeamsHost): Promise<string> {
  await host.frame.getByRole('button', { name: 'Risico toevoegen' }).click();
  const dialog = host.frame.getByRole('dialog');
  const colour = await dialog.evaluate((surface) => getComputedStyle(surface).backgroundColor);
  await host.frame.getByRole('button', { name: 'Annuleren' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return colour;
}

function tabFrame(host: TeamsHost) {
  const frame = host.page.frames().find((candidate) => candidate.url().includes('/index.html'));
  if (!frame) throw new Error('the tab frame is missing');
  return frame;
}

describe('theme', () => {
  it('follows light, dark and contrast while open', async () => {
    const host = await teams.open({ path: '/index.html#/risks', context: { theme: 'default' } });
    await host.frame.getByRole('button', { name: 'Risico toevoegen' }).waitFor({ timeout: 20_000 });
    await host.waitForCall('registerHandler');
    expect(await pageBackground(host)).toBe(BACKGROUNDS.default.page);
    expect(await dialogBackground(host)).toBe(BACKGROUNDS.default.dialog);

    for (const theme of ['dark', 'contrast'] as const) {
      await host.setTheme(theme);

      await expect.poll(() => pageBackground(host)).toBe(BACKGROUNDS[theme].page);
      expect(await dialogBackground(host)).toBe(BACKGROUNDS[theme].dialog);
      await host.page.screenshot({ path: `/tmp/shots/theme-${theme}.png` });
    }
  });

  it.each(['default', 'dark', 'contrast'] as const)(
    'has no serious axe violation in %s',
    async (theme) => {
      const host = await teams.open({ path: '/index.html#/risks', context: { theme } });
      await host.frame
        .getByRole('button', { name: 'Risico toevoegen' })
        .waitFor({ timeout: 20_000 });

      expect(await seriousA11yViolations(tabFrame(host) as unknown as Page)).toEqual([]);
    },
  );

  it('stays readable under forced colours', async () => {
    const host = await teams.open({ path: '/index.html#/risks', context: { theme: 'contrast' } });
    await host.page.emulateMedia({ forcedColors: 'active' });
    await host.frame.getByRole('button', { name: 'Risico toevoegen' }).waitFor({ timeout: 20_000 });

    await host.page.screenshot({ path: '/tmp/shots/forced-colors.png' });
    expect(await seriousA11yViolations(tabFrame(host) as unknown as Page)).toEqual([]);
  });
});

describe('private channel', () => {
  const privateChannel = { id: PRIVATE_CHANNEL_ID, membershipType: 'Private' as const };

  it('keeps the lists on the channel site', async () => {
    const host = await teams.open({
      path: '/index.html#/config',
      context: { page: { frameContext: 'settings' }, channel: privateChannel },
    });

    await expect
      .poll(() => host.frame.getByText(/Dit is een privékanaal/).count(), { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(() => host.frame.getByText(/Risicoradar heeft deze lijsten gemaakt/).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    const director = await fetchToken(teams.demo.url, ['Sites.Manage.All']);
    const lists = await graphGet(
      teams.demo.url,
      `/sites/${PRIVATE_CHANNEL_SITE_ID}/lists?$select=displayName`,
      director,
    );
    expect(lists.status).toBe(200);
    const names = (lists.body as { value: { displayName: string }[] }).value.map(
      (list) => list.displayName,
    );
    expect(names).toContain(RISK_LIST);
  });

  it('guest gets 403 on the channel lists', async () => {
    const guest = DEMO_USERS.find((user) => user.id === USER_IDS.partnerGuest)!;
    const token = await fetchToken(teams.demo.url, ['Sites.Manage.All'], guest.userPrincipalName);

    const lists = await graphGet(teams.demo.url, `/sites/${PRIVATE_CHANNEL_SITE_ID}/lists`, token);

    expect(lists.status).toBe(403);
  });

  it('guest cannot open the channel tab', async () => {
    const guest = DEMO_USERS.find((user) => user.id === USER_IDS.partnerGuest)!;
    const host = await teams.open({
      context: {
        channel: privateChannel,
        user: { id: guest.id, userPrincipalName: guest.userPrincipalName },
      },
    });

    await expect
      .poll(() => host.frame.getByRole('alert').textContent(), { timeout: 20_000 })
      .toMatch(/Risicoradar kon niet starten/);
  });
});

describe('personal tab', () => {
  it('lists my tasks from the app plan only', async () => {
    const plan = await teams.graph.call<{ id: string }>('POST', '/planner/plans', {
      container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}` },
      title: 'Risicoradar actieplan',
    });
    const other = await teams.graph.call<{ id: string }>('POST', '/planner/plans', {
      container: { url: `https://graph.microsoft.com/v1.0/groups/${GROUP_ID}` },
      title: 'Ander plan',
    });
    const assigned = {
      [USER_IDS.director]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
    };
    await teams.graph.call('POST', '/planner/tasks', {
      planId: plan.id,
      title: 'Back-ups testen',
      assignments: assigned,
      dueDateTime: '2027-01-15T00:00:00Z',
      percentComplete: 50,
    });
    await teams.graph.call('POST', '/planner/tasks', {
      planId: other.id,
      title: 'Taak van een ander plan',
      assignments: assigned,
    });
    await teams.graph.seed('Risicoradar instellingen', settingsMapper, {
      key: PLAN_SETTINGS_KEY,
      plannerPlanId: plan.id,
    });

    const host = await teams.open({
      path: '/index.html#/my-actions',
      context: { team: null, channel: null },
    });

    const table = host.frame.getByRole('table', { name: 'Mijn acties' });
    await table.waitFor({ timeout: 20_000 });
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.getByText('Back-ups testen').count()).toBe(1);
    expect(await table.getByText('15 januari 2027').count()).toBe(1);
    expect(await table.getByText('Bezig (50%)').count()).toBe(1);
    expect(await host.frame.getByText('Taak van een ander plan').count()).toBe(0);
    await host.page.screenshot({ path: '/tmp/shots/my-actions.png' });
  });
});
