/** The Governance page in Chromium against the stand-in: inventory, edits, chains, flags, expiry, import. */
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Asset,
  Contract,
  Duty,
  Partner,
  RoleAssignment,
} from '../../src/domain/governance/model';
import {
  assetMapper,
  contractMapper,
  partnerMapper,
  roleMapper,
} from '../../src/graph/repositories/governance';
import { dutyMapper } from '../../src/graph/repositories/governanceDuties';
import { seriousA11yViolations, startDemo, type Demo } from './harness';
import { DIRECTOR, StandInGraph } from './governanceGraph';

// 4 December 2026, so a contract whose notice date is 2 February 2027 is 60 days away.
const NOW = new Date('2026-12-04T09:00:00');

const firmB: Partner = { key: 'partner-b', name: 'Firma B', kind: 'firm' };
const dataCentreC: Partner = { key: 'partner-c', name: 'Datacenter C', kind: 'firm' };
const servers: Asset = {
  key: 'asset-servers',
  name: 'Applicatieservers',
  kind: 'hardware',
  usedBy: [],
};

const serverContract: Contract = {
  key: 'contract-servers',
  title: 'Beheer applicatieservers',
  kind: 'serviceAgreement',
  client: { kind: 'organisation' },
  supplier: { kind: 'partner', partnerKey: 'partner-b' },
  startDate: '2024-05-02',
  endDate: '2027-05-02',
  noticeMonths: 3,
  tacitRenewal: true,
  assetKeys: ['asset-servers'],
  owner: {
    id: DIRECTOR.id,
    userPrincipalName: DIRECTOR.userPrincipalName,
    displayName: DIRECTOR.displayName,
  },
};

const roles: RoleAssignment[] = [
  {
    key: 'role-b',
    assetKey: 'asset-servers',
    role: 'manage',
    from: { kind: 'organisation' },
    to: { kind: 'partner', partnerKey: 'partner-b' },
    contractKey: 'contract-servers',
  },
  {
    key: 'role-c',
    assetKey: 'asset-servers',
    role: 'manage',
    from: { kind: 'partner', partnerKey: 'partner-b' },
    to: { kind: 'partner', partnerKey: 'partner-c' },
  },
];

const patching: Duty = {
  key: 'duty-patching',
  kind: 'patching',
  assetKeys: ['asset-servers'],
  statements: [
    {
      party: { kind: 'partner', partnerKey: 'partner-b' },
      claim: { kind: 'otherParty', party: { kind: 'partner', partnerKey: 'partner-c' } },
    },
    {
      party: { kind: 'partner', partnerKey: 'partner-c' },
      claim: { kind: 'otherParty', party: { kind: 'partner', partnerKey: 'partner-b' } },
    },
  ],
};

let demo: Demo;
let page: Page;
let graph: StandInGraph;

async function openPinnedPage(): Promise<Page> {
  const context = await demo.browser.newContext({
    ignoreHTTPSErrors: true,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  await context.clock.setFixedTime(NOW);
  const opened = await context.newPage();
  await opened.goto(demo.url + '/');
  return opened;
}

async function signIn(target: Page): Promise<void> {
  await target.getByLabel('Demogebruiker').selectOption(DIRECTOR.userPrincipalName);
  await target.getByRole('button', { name: 'Aanmelden' }).click();
  await target.getByRole('navigation').getByRole('tab', { name: 'Governance' }).waitFor();
}

async function seed(): Promise<void> {
  await graph.seed('Risicoradar partners', partnerMapper, firmB);
  await graph.seed('Risicoradar partners', partnerMapper, dataCentreC);
  await graph.seed('Risicoradar ICT-middelen', assetMapper, servers);
  await graph.seed('Risicoradar contracten', contractMapper, serverContract);
  for (const role of roles) await graph.seed('Risicoradar rollen per middel', roleMapper, role);
  await graph.seed('Risicoradar taken', dutyMapper, patching);
}

async function openGovernance(target: Page): Promise<void> {
  await target.getByRole('navigation').getByRole('tab', { name: 'Governance' }).click();
  await target.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
  await target.getByRole('tab', { name: 'Inventaris' }).waitFor();
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Saves a full-page screenshot when SCREENSHOT_DIR is set, for looking at each view by eye. */
async function snapshot(name: string): Promise<void> {
  const folder = process.env.SCREENSHOT_DIR;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(
  target: Page,
  pattern: RegExp,
  { limit = 80, backward = false } = {},
): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await target.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
    const label = await target.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return `${active?.getAttribute('aria-label') ?? ''} ${active?.textContent ?? ''}`;
    });
    if (pattern.test(label)) return;
  }
  throw new Error(`no focusable element matching ${pattern} within ${limit} presses of Tab`);
}

/** Waits until a dialog's open animation ends, because axe reads faded-in text as low contrast. */
async function settled(dialog: Locator): Promise<void> {
  await dialog.evaluate(async (element) => {
    const surface = element.closest('.fui-DialogSurface') ?? element;
    const animations = (surface.parentElement ?? surface).getAnimations({ subtree: true });
    await Promise.all(animations.map((animation) => animation.finished));
  });
}

function assetRows(bad: boolean): (string | null)[][] {
  const rows: (string | null)[][] = [['Naam', 'Soort', 'Gebruikt door']];
  for (let index = 1; index <= 500; index++) {
    rows.push([`Laptop ${index}`, index % 2 ? 'Hardware' : 'Software', 'Gemeente']);
  }
  if (bad) {
    rows[10] = [null, 'Hardware', 'Gemeente'];
    rows[250] = ['Printer 250', 'Koffiezet', 'Gemeente'];
    rows[500] = ['Scanner 500', 'Hardware', 'Bibliotheek'];
  }
  return rows;
}

async function xlsxOf(rows: (string | null)[][]): Promise<Buffer> {
  const data = rows.map((row) => row.map((value) => (value === null ? null : { value })));
  return writeXlsxFile(data).toBuffer();
}

async function upload(name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('heading', { name: 'Kolommen koppelen' }).waitFor();
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPinnedPage();
  graph = new StandInGraph(page.context().request, demo.url);
  await signIn(page);
  await graph.signIn();
  await seed();
  await openGovernance(page);
}, 120_000);

afterAll(async () => {
  await demo?.close();
});

describe('governance page', () => {
  it('inventory lists seeded records', async () => {
    const assets = page.getByRole('table', { name: 'ICT-middelen' });
    const contracts = page.getByRole('table', { name: 'Contracten' });

    await expect.poll(() => assets.getByText('Applicatieservers').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Partners' }).getByText('Firma B').count()).toBe(
      1,
    );
    expect(await contracts.getByText('Beheer applicatieservers').count()).toBe(1);
    await snapshot('inventory');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('partner page gathers its records', async () => {
    await page.getByRole('button', { name: 'Pagina van Firma B openen' }).click();

    const title = page.getByRole('heading', { name: 'Partner: Firma B' });
    await title.waitFor();
    const contracts = page.getByRole('region', { name: 'Contracten' });
    expect(await contracts.getByText('Beheer applicatieservers').count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: 'ICT-middelen' })
        .getByText('Applicatieservers')
        .count(),
    ).toBe(1);
    await snapshot('partner');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar de inventaris' }).click();
  });

  it('chain picture shows every party', async () => {
    await openTab('Wie doet wat');

    const figure = page.getByRole('figure', { name: /Beheren van Applicatieservers/ });
    await figure.waitFor();
    expect(await figure.getByText('Firma B geeft deze rol aan Datacenter C.').count()).toBe(1);
    expect(
      await figure.getByText('Datacenter C voert het werk uit.', { exact: false }).count(),
    ).toBe(1);
    expect(await figure.getByText('geen contract').count()).toBe(1);
    await snapshot('chains');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('duties tab flags mutual deferral', async () => {
    await openTab('Taken en signalen');

    const flags = page.getByRole('list', { name: 'Signalen' });
    await flags.waitFor();
    expect(await flags.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await flags.getByText(/Patchbeheer/).count()).toBeGreaterThanOrEqual(1);
    await snapshot('duties');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('60-day notice plans once in Planner', async () => {
    await openTab('Vervaldata');
    expect(await page.getByText('Geen contracten met een termijn binnen 30 dagen.').count()).toBe(
      1,
    );

    await page.getByRole('tab', { name: 'Binnen 90 dagen' }).click();
    const list = page.getByRole('list', { name: 'Binnen 90 dagen' });
    expect(await list.getByText('Beheer applicatieservers').count()).toBe(1);
    expect(await list.getByText(/nog 60 dagen/).count()).toBe(1);
    await snapshot('expiry');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await tabTo(page, /Actie maken en naar Planner sturen/);
    await page.keyboard.press('Enter');
    await page.getByText('Actie staat in Planner').waitFor({ timeout: 30_000 });

    const titles = await graph.plannerTaskTitles();
    const matching = titles.filter((title) => title.includes('Beheer applicatieservers'));
    expect(matching).toHaveLength(1);
  });

  it('planned action survives reload', async () => {
    await page.reload();
    await page.getByRole('navigation').getByRole('tab', { name: 'Governance' }).waitFor();
    await openGovernance(page);
    await openTab('Vervaldata');
    await page.getByRole('tab', { name: 'Binnen 90 dagen' }).click();

    await page.getByText('Actie staat in Planner').waitFor();
    const titles = await graph.plannerTaskTitles();
    expect(titles.filter((title) => title.includes('Beheer applicatieservers'))).toHaveLength(1);
  });

  it('start page counts the deadline', async () => {
    await page.getByRole('navigation').getByRole('tab', { name: 'Start' }).click();

    const section = page.getByRole('region', { name: 'Contracten met een termijn' });
    await section.waitFor();
    expect(
      await section.getByText('0 binnen 30 dagen, 1 binnen 90 dagen, 1 binnen 180 dagen.').count(),
    ).toBe(1);
    await openGovernance(page);
  });

  it('every tab works by keyboard alone', async () => {
    await page.getByRole('navigation').getByRole('tab', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Contracten met een termijn' }).waitFor();

    await tabTo(page, /^ ?Vervaldata bekijken/);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Inventaris' }).waitFor();
    await tabTo(page, /Inventaris/);
    const views: [string, string][] = [
      ['Wie doet wat', 'Wie doet wat'],
      ['Taken en signalen', 'Taken en signalen'],
      ['Vervaldata', 'Vervaldata'],
      ['Importeren', 'Importeren'],
    ];
    for (const [tab, heading] of views) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      expect(await page.getByRole('tab', { name: tab, selected: true }).count()).toBe(1);
    }
    await snapshot('keyboard-import');

    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'ICT-middelen' }).waitFor();
    await tabTo(page, /Pagina van Firma B openen/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Partner: Firma B' }).waitFor();
    await tabTo(page, /Exporteren naar Excel/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('Firma B.xlsx');
    await tabTo(page, /Terug naar de inventaris/, { backward: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'ICT-middelen' }).waitFor();
  });

  it('add partner dialog by keyboard', async () => {
    await tabTo(page, /^ ?Partner toevoegen/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Partner toevoegen' });
    await dialog.waitFor();
    await page.keyboard.type('Helpdesk B');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await tabTo(page, /^ ?Opslaan/);
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Pagina van Helpdesk B openen' }).waitFor();
    expect(await graph.countItems('Risicoradar partners')).toBe(3);
  });

  it('edited end date moves the contract', async () => {
    await openTab('Inventaris');
    await tabTo(page, /Bewerken: Beheer applicatieservers/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Beheer applicatieservers bewerken' });
    await dialog.waitFor();
    await settled(dialog);
    const endDate = dialog.getByLabel('Einddatum');
    expect(await endDate.inputValue()).toBe('2027-05-02');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot('edit-contract');

    // Three months' notice before 1 April 2027 is 1 January 2027, 28 days after the pinned day.
    await endDate.fill('2027-04-01');
    await tabTo(page, /^ ?Opslaan/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await openTab('Vervaldata');
    const soon = page.getByRole('list', { name: 'Binnen 30 dagen' });
    await soon.getByText('Beheer applicatieservers').waitFor();
    expect(await soon.getByText(/nog 28 dagen/).count()).toBe(1);
    await snapshot('expiry-after-edit');
  });

  it('deletes a partner nobody names', async () => {
    await openTab('Inventaris');
    await tabTo(page, /Verwijderen: Helpdesk B/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Helpdesk B verwijderen?' });
    await dialog.waitFor();
    await settled(dialog);
    expect(await dialog.getByText(/Je verwijdert Helpdesk B definitief/).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot('delete-partner');

    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();

    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('button', { name: 'Pagina van Helpdesk B openen' }).count())
      .toBe(0);
    expect(await graph.countItems('Risicoradar partners')).toBe(2);
  });

  it('named partner cannot be deleted', async () => {
    await page.getByRole('button', { name: 'Verwijderen: Firma B' }).click();
    const dialog = page.getByRole('dialog', { name: 'Firma B verwijderen?' });
    await dialog.waitFor();
    await settled(dialog);

    expect(await dialog.getByText(/Je kunt Firma B niet verwijderen/).count()).toBe(1);
    const references = dialog.getByRole('list', { name: 'Gegevens die ernaar verwijzen' });
    expect(await references.getByText('Contract: Beheer applicatieservers').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot('delete-blocked');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await graph.countItems('Risicoradar partners')).toBe(2);
  });

  it('import with 3 bad rows writes nothing', async () => {
    await openTab('Importeren');
    await upload('inventaris-fout.xlsx', await xlsxOf(assetRows(true)));

    await page.getByRole('button', { name: 'Rijen controleren' }).click();

    const problems = page.getByRole('list', { name: /3 rijen hebben een probleem/ });
    await problems.waitFor();
    expect(await problems.getByRole('listitem').count()).toBe(3);
    for (const row of [11, 251, 501]) {
      expect(await problems.getByText(`Rij ${row}:`, { exact: false }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: /rijen importeren/ }).count()).toBe(0);
    expect(await graph.countItems('Risicoradar ICT-middelen')).toBe(1);
    await snapshot('import-bad');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fixed import writes all 500 rows', async () => {
    await upload('inventaris.xlsx', await xlsxOf(assetRows(false)));
    await page.getByRole('button', { name: 'Rijen controleren' }).click();
    await page.getByText('Alle 500 rijen zijn in orde.').waitFor();

    await tabTo(page, /500 rijen importeren/);
    await page.keyboard.press('Enter');

    await page.getByText('500 rijen geïmporteerd.').waitFor({ timeout: 120_000 });
    expect(await graph.countItems('Risicoradar ICT-middelen')).toBe(501);
    await snapshot('import-done');
  }, 150_000);
});
