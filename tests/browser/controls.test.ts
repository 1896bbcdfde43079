/**
 * The Beheersing page as the director uses it. The test takes the measures of question 16 over,
 * links one to a risk and sees the gap view change. It finds every open ownership point, an owner
 * who left the team included, and reads the six conditions. axe-core runs on each view, and each
 * view is used once by keyboard alone. The steps share one page and run in order.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Person, Risk, StoredRecord } from '../../src/domain/model';
import { actionMapper } from '../../src/graph/repositories/actions';
import type { EntityMapper } from '../../src/graph/repositories/fields';
import { riskMapper } from '../../src/graph/repositories/risks';
import { DEMO_USERS, GROUP_ID, USER_IDS } from '../../src/local-m365/index';
import { openPage, seriousA11yViolations, startDemo, type Demo } from './harness';

const DIRECTOR = DEMO_USERS.find((user) => user.id === USER_IDS.director)!;
const FINANCE = DEMO_USERS.find((user) => user.id === USER_IDS.financeDirector)!;
const LEAVER: Person = {
  id: FINANCE.id,
  userPrincipalName: FINANCE.userPrincipalName,
  displayName: FINANCE.displayName,
};
const PATCH_ROW = /^Er zijn goede afspraken over het actueel houden van de IT-omgeving/;

const ransomware: Risk = {
  key: 'risk-ransomware',
  title: 'Ransomware legt de dienstverlening plat',
  description: 'Versleutelde servers en geen toegang tot dossiers.',
  domain: 'd8',
  cause: 'Systemen worden niet tijdig gepatcht.',
  likelihood: 4,
  impact: 5,
  status: 'open',
  origin: 'finding',
  riskOwner: LEAVER,
};
const licences: Risk = {
  key: 'risk-licences',
  title: 'Licenties verlopen ongemerkt',
  description: '',
  domain: 'd6',
  cause: '',
  likelihood: 3,
  impact: 2,
  status: 'open',
  origin: 'catalogue',
};
const backups: Action = {
  key: 'action-backups',
  title: 'Herstel van back-ups testen',
  description: '',
  moscow: 'must',
  status: 'open',
  percentComplete: 0,
};
const datacentre: Action = {
  key: 'action-datacentre',
  title: 'Eigen datacenter uitbouwen',
  description: '',
  moscow: 'wont',
  status: 'open',
  percentComplete: 0,
};

let demo: Demo;
let page: Page;

/** Writes a record through the app's own mapper, with the director's token. */
async function seed<T extends StoredRecord>(list: string, mapper: EntityMapper<T>, record: T) {
  const token = await page.request.post(`${demo.url}/_local/token`, {
    data: { user: DIRECTOR.userPrincipalName },
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const graph = async <R>(path: string, data?: unknown): Promise<R> => {
    const response = await page.request.fetch(`${demo.url}/v1.0${path}`, {
      method: data === undefined ? 'GET' : 'POST',
      headers,
      data,
    });
    if (!response.ok()) throw new Error(`${path} failed with ${response.status()}`);
    return (await response.json()) as R;
  };
  const site = await graph<{ id: string }>(`/groups/${GROUP_ID}/sites/root`);
  const lists = await graph<{ value: { id: string; displayName: string }[] }>(
    `/sites/${site.id}/lists?$select=id,displayName&$top=100`,
  );
  const target = lists.value.find((candidate) => candidate.displayName === list)!;
  await graph(`/sites/${site.id}/lists/${target.id}/items`, {
    fields: { ...mapper.toFields(record), ClientKey: record.key },
  });
}

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function expectNoSeriousViolations(where: string): Promise<void> {
  expect(await seriousA11yViolations(page), `axe-core on ${where}`).toEqual([]);
}

// Screenshots for a person to look at, only when a folder is given.
async function shoot(name: string): Promise<void> {
  const folder = process.env.SCREENSHOT_DIR;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

function view(name: string): Locator {
  return page
    .getByRole('tablist', { name: 'Onderdelen van Beheersing' })
    .getByRole('tab', { name });
}

async function openBeheersing(): Promise<void> {
  await page.getByRole('tab', { name: 'Beheersing' }).click();
  await visible(page.getByRole('heading', { name: 'Beheersing', level: 1 }));
  await visible(page.getByRole('heading', { name: 'Beheersmaatregelen', level: 2 }), 30_000);
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPage(demo);
});

afterAll(async () => {
  await demo?.close();
});

describe('controls, gaps, ownership and analysis', () => {
  it('answers question 16 and seeds the register', async () => {
    await page.getByLabel('Demogebruiker').selectOption(DIRECTOR.userPrincipalName);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await visible(page.getByRole('tab', { name: 'Zelfevaluatie' }), 30_000);
    await page.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    const patchLimited = page.getByRole('radio', {
      name: new RegExp(`${PATCH_ROW.source}.*: In beperkte mate$`),
    });
    await patchLimited.check();
    await expect.poll(() => patchLimited.isChecked()).toBe(true);
    await visible(page.getByText('Bewaard'));

    await seed('Risicoradar risico’s', riskMapper, ransomware);
    await seed('Risicoradar risico’s', riskMapper, licences);
    await seed('Risicoradar acties', actionMapper, backups);
    await seed('Risicoradar acties', actionMapper, datacentre);
  });

  it('takes the 20 measures over from the self-assessment', async () => {
    await openBeheersing();
    await expectNoSeriousViolations('the controls view before the takeover');

    await page.getByRole('button', { name: 'Maatregelen overnemen uit de zelfevaluatie' }).click();

    await visible(page.getByText('20 maatregelen aangemaakt, 0 bijgewerkt.'));
    const table = page.getByRole('table', { name: 'Beheersmaatregelen' });
    await expect.poll(() => table.getByRole('row').count()).toBe(21);
    const patchRow = table.getByRole('row', { name: PATCH_ROW });
    expect(await patchRow.getByRole('cell').nth(1).textContent()).toBe('In beperkte mate');
    await expect.poll(() => page.getByRole('button', { name: /overnemen/ }).count()).toBe(0);
    await shoot('controls-measures');
    await expectNoSeriousViolations('the controls view');
  });

  it('shows both risks as uncovered in the gap view', async () => {
    await view('Kloofanalyse').click();

    await visible(page.getByRole('heading', { name: 'Risico’s zonder beheersmaatregel (2)' }));
    await visible(page.getByRole('heading', { name: 'Maatregelen die geen risico afdekken (20)' }));
    await shoot('controls-gaps-before');
    await expectNoSeriousViolations('the gap view');
  });

  it('links patch management to a risk by keyboard alone', async () => {
    await view('Kloofanalyse').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('table', { name: 'Beheersmaatregelen' }));
    await page
      .getByRole('button', { name: /^Maatregel "Er zijn goede afspraken over het actueel/ })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Maatregel bewerken' });
    await visible(dialog);
    await dialog.getByRole('checkbox', { name: ransomware.title }).focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('radio', { name: 'Externe partij' }).focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('textbox', { name: /Externe partij/ }).focus();
    await page.keyboard.type('ICT-partner Zonnedorp');
    await shoot('controls-editor');
    await expectNoSeriousViolations('the control editor');
    await dialog.getByRole('button', { name: 'Opslaan' }).focus();
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    const patchRow = page.getByRole('table', { name: 'Beheersmaatregelen' }).getByRole('row', {
      name: PATCH_ROW,
    });
    expect(await patchRow.getByRole('cell').nth(2).textContent()).toBe('1 gekoppeld');
    expect(await patchRow.getByRole('cell').nth(3).textContent()).toContain(
      'ICT-partner Zonnedorp',
    );
  });

  it('moves the risk to the weak group in the gap view', async () => {
    await view('Kloofanalyse').click();

    await visible(page.getByRole('heading', { name: 'Risico’s zonder beheersmaatregel (1)' }));
    await visible(page.getByRole('heading', { name: 'Risico’s met enkel zwakke maatregelen (1)' }));
    await visible(page.getByRole('heading', { name: 'Maatregelen die geen risico afdekken (19)' }));
    await shoot('controls-gaps-after');
  });

  it('opens a new control for an uncovered risk by keyboard', async () => {
    await page
      .getByRole('button', { name: `Maatregel toevoegen voor risico "${licences.title}"` })
      .focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Eigen maatregel toevoegen' });
    await visible(dialog);
    expect(await dialog.getByRole('checkbox', { name: licences.title }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: ransomware.title }).isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await visible(page.getByRole('heading', { name: 'Risico’s zonder beheersmaatregel (1)' }));
  });

  it('flags every open ownership point, a departed owner included', async () => {
    const removed = await page.request.delete(`${demo.url}/_local/members/${LEAVER.id}`);
    expect(removed.status()).toBe(204);
    // Members are read when the session opens, so the tab is opened again.
    await page.reload();
    await visible(page.getByRole('tab', { name: 'Beheersing' }), 30_000);
    await openBeheersing();
    await view('Sluitend?').click();

    const risks = page.getByRole('region', { name: /^Risico’s \(/ });
    await visible(risks.getByText('Geen risico-eigenaar'));
    await visible(
      risks.getByText(`Risico-eigenaar ${LEAVER.displayName} is geen lid meer van het team`),
    );
    const actions = page.getByRole('region', { name: 'Acties (1)' });
    await visible(actions.getByText('Geen eigenaar'));
    await visible(actions.getByText('Geen vervaldatum'));
    expect(await actions.getByText(datacentre.title).count()).toBe(0);
    const controls = page.getByRole('region', { name: /^Beheersmaatregelen \(/ });
    await visible(controls.getByText(/^Geen verantwoordelijke/));
    expect(await page.getByText(/Het eigenaarschap is sluitend/).count()).toBe(0);
    await shoot('ownership');
    await expectNoSeriousViolations('the ownership view');
  });

  it('fixes an unowned risk from the ownership view by keyboard', async () => {
    await page.getByRole('button', { name: `Risico openen: ${licences.title}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    await dialog
      .getByRole('combobox', { name: 'Risico-eigenaar' })
      .selectOption({ label: DIRECTOR.displayName });
    await dialog.getByRole('button', { name: 'Opslaan' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const risks = page.getByRole('region', { name: /^Risico’s \(/ });
    await expect.poll(() => risks.getByText('Geen risico-eigenaar').count()).toBe(0);
  });

  it('shows the six conditions with their evidence', async () => {
    await view('Sluitend?').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');

    const cards = page.getByRole('group', { name: /^Randvoorwaarde \d/ });
    await expect.poll(() => cards.count()).toBe(6);
    const current = page.getByRole('group', { name: /^Randvoorwaarde 1: voldoende actueel/ });
    await visible(current.getByText('Niet voldaan'));
    await visible(current.getByText(/0 van 2 risico’s \(0 %\)/));
    const goals = page.getByRole('group', { name: /^Randvoorwaarde 3:/ });
    await visible(goals.getByText('Niet te beoordelen'));
    const documented = page.getByRole('group', { name: /^Randvoorwaarde 5:/ });
    await visible(documented.getByText(/1 van 2 risico’s \(50 %\)/));
    await visible(documented.getByText('Gedeeltelijk voldaan'));
    await shoot('analysis');
    await expectNoSeriousViolations('the analysis view');
  });
});
