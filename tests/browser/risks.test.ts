/**
 * The register in depth, in Chromium against the built tab: a risk entered by keyboard alone,
 * the heat map and its table, the risk page, the top 3 domains, and a conflict between two
 * members who edit the same risk.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, USER_IDS } from '../../src/local-m365/index';
import { openPage, seriousA11yViolations, startDemo, type Demo } from './harness';

const DIRECTOR = DEMO_USERS.find((user) => user.id === USER_IDS.director)!;
const ICT_OFFICER = DEMO_USERS.find((user) => user.id === USER_IDS.ictOfficer)!;
const RISK_TITLE = 'Back-ups worden niet getest';
const SCREENSHOTS = process.env.RISK_SCREENSHOTS;

let demo: Demo;
let page: Page;

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function expectNoSeriousViolations(on: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(on), `axe-core on ${where}`).toEqual([]);
}

async function screenshot(on: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await on.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function signIn(on: Page, userPrincipalName: string): Promise<void> {
  await visible(on.getByText(/Lokale modus/));
  await on.getByLabel('Demogebruiker').selectOption(userPrincipalName);
  await on.getByRole('button', { name: 'Aanmelden' }).click();
  await visible(on.getByRole('tab', { name: /^Risico/ }), 30_000);
}

async function openRegister(on: Page): Promise<Locator> {
  await on.getByRole('tab', { name: /^Risico/ }).click();
  const heading = on.getByRole('heading', { name: "Risico's", level: 2 });
  await visible(heading);
  return heading;
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPage(demo);
}, 60_000);

afterAll(async () => {
  await demo?.close();
});

describe('risk register in the browser', () => {
  it('adds a risk by keyboard alone', async () => {
    await signIn(page, DIRECTOR.userPrincipalName);
    await visible(page.getByRole('heading', { name: 'Herzieningen' }));
    await screenshot(page, 'start');
    await openRegister(page);
    await visible(page.getByText(/Er zijn nog geen risico's/));

    await page.getByRole('button', { name: 'Risico toevoegen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuw risico' });
    await visible(dialog);
    await page.keyboard.type(RISK_TITLE);
    await dialog.getByLabel(/^Risicodomein/).focus();
    await dialog.getByLabel(/^Risicodomein/).selectOption('d12');
    // Radio groups move with the arrow keys: from 3 up to 4 and 5.
    await dialog.getByRole('radio', { name: /^3 – Mogelijk/ }).focus();
    await page.keyboard.press('ArrowDown');
    await dialog.getByRole('radio', { name: /^3 – Aanzienlijk/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: /^4 – Waarschijnlijk/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^5 – Zeer ernstig/ }).isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'the risk editor');
    await screenshot(page, 'risk-editor');
    await dialog.getByRole('button', { name: 'Opslaan' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: 'Risicoregister' });
    await visible(table.getByText(RISK_TITLE));
    await expectNoSeriousViolations(page, 'the register');
    await screenshot(page, 'register');
  });

  it('heat map and table share the cell', async () => {
    await page.getByRole('radio', { name: 'Heatmap' }).check();
    const cell = page.getByRole('button', { name: /^Kans 4, impact 5: 1 risico’s/ });
    await visible(cell);
    expect(await page.getByRole('button', { name: /^Kans 5, impact 4: 0 risico’s/ }).count()).toBe(
      1,
    );

    const table = page.getByRole('table', { name: /Heatmap als tabel/ });
    const row = table.getByRole('row', { name: new RegExp(RISK_TITLE) });
    const cells = row.getByRole('cell');
    expect(await cells.nth(0).textContent()).toBe('4');
    expect(await cells.nth(1).textContent()).toBe('5');
    await expectNoSeriousViolations(page, 'the heat map');
    await screenshot(page, 'heat-map');
  });

  it('opens the cell and the risk page by keyboard alone', async () => {
    await page.getByRole('button', { name: /^Kans 4, impact 5: 1 risico’s/ }).focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: 'Risico’s met kans 4 en impact 5' });
    await visible(list);
    await list.getByRole('button', { name: `Risico "${RISK_TITLE}" openen` }).focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Risico: ${RISK_TITLE}` });
    await visible(dialog);
    await visible(dialog.getByText(/Vóór beheersmaatregelen: 20/));
    await visible(dialog.getByText(/Volgende herziening: 2027-03-04/));
    await expectNoSeriousViolations(page, 'the risk page');
    await screenshot(page, 'risk-page');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('marks three top domains and refuses a fourth', async () => {
    await page.getByRole('button', { name: 'Top 3-domeinen kiezen' }).click();
    const picker = page.getByRole('group', { name: 'Top 3-domeinen' });
    await visible(picker);
    const boxes = picker.getByRole('checkbox');
    for (const index of [11, 0, 1]) {
      await boxes.nth(index).check();
      await visible(page.getByText('De top 3-domeinen zijn opgeslagen.'));
    }
    await boxes.nth(2).click();

    await visible(page.getByText(/hoogstens drie domeinen/));
    expect(await boxes.nth(2).isChecked()).toBe(false);
    await visible(page.getByRole('button', { name: /in de top 3-domeinen/ }));
    await expectNoSeriousViolations(page, 'the top 3 picker');
    await screenshot(page, 'top-domains');
  });
});

describe('two members editing one risk', () => {
  it('shows both versions to the second one to save', async () => {
    const other = await openPage(demo);
    await signIn(other, ICT_OFFICER.userPrincipalName);
    await openRegister(page);
    await openRegister(other);
    await page.getByRole('radio', { name: 'Register' }).check();

    const edit = (on: Page) =>
      on.getByRole('button', { name: `Risico "${RISK_TITLE}" bewerken` }).click();
    await edit(page);
    await edit(other);
    const mine = other.getByRole('dialog', { name: 'Risico bewerken' });
    await visible(mine);

    const first = page.getByRole('dialog', { name: 'Risico bewerken' });
    await first.getByLabel('Gevolgen', { exact: true }).fill('Dienstverlening ligt dagen stil');
    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.waitFor({ state: 'detached' });

    await mine.getByLabel('Gevolgen', { exact: true }).fill('Gegevens van burgers gaan verloren');
    await mine.getByRole('button', { name: 'Opslaan' }).click();

    const conflict = other.getByRole('dialog', {
      name: 'Iemand anders heeft dit risico intussen gewijzigd',
    });
    await visible(conflict);
    const row = conflict.getByRole('row', { name: /Gevolgen \(verschilt\)/ });
    await visible(row.getByText('Gegevens van burgers gaan verloren'));
    await visible(row.getByText('Dienstverlening ligt dagen stil'));
    await expectNoSeriousViolations(other, 'the conflict');
    await screenshot(other, 'conflict');

    await conflict.getByRole('button', { name: 'Hun versie behouden' }).click();
    await conflict.waitFor({ state: 'detached' });
    await other.close();
  });
});
