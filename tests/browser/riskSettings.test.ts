/**
 * The risk method's settings in Chromium against the built tab: a shorter review period for
 * critical risks moves the next review date of a critical risk in the register at once.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { DEMO_USERS, USER_IDS } from '../../src/local-m365/index';
import { openPage, seriousA11yViolations, startDemo, type Demo } from './harness';

const DIRECTOR = DEMO_USERS.find((user) => user.id === USER_IDS.director)!;
const RISK_TITLE = 'Ransomware legt alle diensten stil';
const SCREENSHOTS = process.env.RISK_SETTINGS_SCREENSHOTS;

let demo: Demo;
let page: Page;

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function signIn(on: Page, userPrincipalName: string): Promise<void> {
  await visible(on.getByText(/Lokale modus/));
  await on.getByLabel('Demogebruiker').selectOption(userPrincipalName);
  await on.getByRole('button', { name: 'Aanmelden' }).click();
  await visible(on.getByRole('tab', { name: /^Risico/ }), 30_000);
}

/** Adds a critical risk (5 × 5) saved as reviewed today, so its next review follows the cycle. */
async function addReviewedCriticalRisk(on: Page): Promise<void> {
  await on.getByRole('button', { name: 'Risico toevoegen' }).click();
  const dialog = on.getByRole('dialog', { name: 'Nieuw risico' });
  await visible(dialog);
  await dialog.getByLabel(/^Titel/).fill(RISK_TITLE);
  await dialog.getByLabel(/^Risicodomein/).selectOption('d8');
  await dialog.getByRole('radio', { name: /^5 – / }).first().check();
  await dialog.getByRole('radio', { name: /^5 – / }).last().check();
  await dialog.getByRole('checkbox', { name: /^Als herziening opslaan/ }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function nextReviewShown(on: Page): Promise<string> {
  const row = on.getByRole('table', { name: 'Risicoregister' }).getByRole('row', {
    name: new RegExp(RISK_TITLE),
  });
  await visible(row);
  const text = await row.innerText();
  const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  if (!date) throw new Error(`no next review date in the row: ${text}`);
  return date;
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPage(demo);
  await signIn(page, DIRECTOR.userPrincipalName);
}, 90_000);

afterAll(async () => {
  await demo?.close();
});

describe('risk settings in the browser', () => {
  it('moves a critical review after 30 days', async () => {
    await page.getByRole('tab', { name: /^Risico/ }).click();
    await visible(page.getByRole('heading', { name: "Risico's", level: 2 }));
    await addReviewedCriticalRisk(page);
    const before = await nextReviewShown(page);
    const reviewed = addDays(before, -90);

    await page.getByRole('button', { name: 'Instellingen risicoanalyse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Instellingen risicoanalyse' });
    await visible(dialog);
    expect(await seriousA11yViolations(page), 'axe-core on the settings dialog').toEqual([]);
    await dialog.getByLabel('Reviewtermijn kritiek (dagen)', { exact: true }).fill('30');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/risk-settings.png` });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await visible(page.getByText(/Risico’s met een nieuwe volgende reviewdatum: 1\./));
    await expect.poll(() => nextReviewShown(page)).toBe(addDays(reviewed, 30));
    if (SCREENSHOTS) {
      await page.screenshot({ path: `${SCREENSHOTS}/risk-settings-saved.png`, fullPage: true });
    }
  });

  it('keeps the new period after a reload', async () => {
    await page.reload();
    await page.getByRole('tab', { name: /^Risico/ }).click();
    await page.getByRole('button', { name: 'Instellingen risicoanalyse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Instellingen risicoanalyse' });
    await visible(dialog);
    expect(
      await dialog.getByLabel('Reviewtermijn kritiek (dagen)', { exact: true }).inputValue(),
    ).toBe('30');
  });
});
