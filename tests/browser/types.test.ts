/**
 * The Type page in Chromium against the built tab: a bestuur that picks type 2 sees exactly the
 * type-2 steps per building block, turns a step into an action with one click and finds it in the
 * Actieplan, the page passes axe-core, and a step becomes an action by keyboard alone.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ictTypeById, ictTypes } from '../../src/content/ictTypes';
import type { BuildingBlockId, TypeStep } from '../../src/content/model';
import { DEMO_USERS, USER_IDS } from '../../src/local-m365/index';
import { openPage, seriousA11yViolations, startDemo, type Demo } from './harness';

const DIRECTOR = DEMO_USERS.find((user) => user.id === USER_IDS.director)!;
const BLOCKS: readonly BuildingBlockId[] = ['b1', 'b2', 'b3', 'b4', 'b5'];
const SCREENSHOTS = process.env.TYPE_SCREENSHOTS;

/** Type-2 steps as chapter 3 of the report prints them, typed in from the report itself. */
const REPORT_TYPE_TWO = {
  b1: 'Ga in dialoog met andere lokale besturen en bekijk hoe zij de ICT-functie invullen en hun ICT-visie/strategie vormgeven.',
  b2: 'Iemand anders dan de externe ICT-ondersteuning (bv. DPO of medewerker organisatiebeheersing) coördineert de opmaak van de risicoanalyse',
  b3: 'Deze risicoanalyse dient periodiek geactualiseerd, aangepast, getest en gecommuniceerd te worden bij wijzigingen binnen de organisatie.',
} as const;

let demo: Demo;
let page: Page;

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function signIn(on: Page, userPrincipalName: string): Promise<void> {
  await visible(on.getByText(/Lokale modus/));
  await on.getByLabel('Demogebruiker').selectOption(userPrincipalName);
  await on.getByRole('button', { name: 'Aanmelden' }).click();
  await visible(on.getByRole('tab', { name: 'Type', exact: true }), 30_000);
}

async function openTypePage(on: Page): Promise<void> {
  await on.getByRole('tab', { name: 'Type', exact: true }).click();
  await visible(on.getByRole('checkbox', { name: /^Type 2:/ }));
}

function blockList(on: Page, block: BuildingBlockId): Locator {
  return on.getByRole('list', { name: new RegExp(`^Bouwsteen ${block.slice(1)}:`) });
}

/** Returns the normalised text of every step row of a building block. */
async function renderedRows(on: Page, block: BuildingBlockId): Promise<string[]> {
  const rows = await blockList(on, block).locator(':scope > li').allInnerTexts();
  return rows.map(normalise);
}

/** Counts the rows a block should have: one per step, one per either/or group. */
function expectedRowCount(steps: readonly TypeStep[]): number {
  return new Set(steps.map((step) => step.choiceGroup ?? step.id)).size;
}

/** Presses Tab until the focused element matches, and fails after `limit` presses. */
async function tabTo(on: Page, matches: (label: string) => boolean, limit = 200): Promise<string> {
  for (let presses = 0; presses < limit; presses += 1) {
    await on.keyboard.press('Tab');
    const label = await on.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      if (!focused) return '';
      const byId = focused.id ? document.querySelector(`label[for="${focused.id}"]`) : null;
      return focused.getAttribute('aria-label') ?? byId?.textContent ?? focused.textContent ?? '';
    });
    if (matches(label)) return label;
  }
  throw new Error(`no focusable element matched after ${limit} presses of Tab`);
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPage(demo);
  await signIn(page, DIRECTOR.userPrincipalName);
}, 90_000);

afterAll(async () => {
  await demo?.close();
});

describe('Type page', () => {
  it('shows exactly the type-2 steps per block', async () => {
    await openTypePage(page);
    await page.getByRole('checkbox', { name: /^Type 2:/ }).check();
    await visible(blockList(page, 'b1'));
    const typeTwo = ictTypeById('t2').steps;

    for (const block of BLOCKS) {
      const expected = typeTwo.filter((step) => step.buildingBlock === block);
      const rows = await renderedRows(page, block);
      const blockText = rows.join(' ');
      expect(rows, `rows of ${block}`).toHaveLength(expectedRowCount(expected));
      for (const step of expected) {
        expect(blockText, `${block} shows ${step.id}`).toContain(normalise(step.text));
      }
      // Some steps of other types are a shorter wording of a type-2 step, so only texts that no
      // type-2 step contains can prove that a foreign step is left out.
      const typeTwoTexts = expected.map((step) => normalise(step.text));
      const others = ictTypes
        .flatMap((type) => type.steps)
        .filter((step) => step.buildingBlock === block)
        .filter((step) => !typeTwoTexts.some((text) => text.includes(normalise(step.text))));
      for (const step of others) {
        expect(blockText, `${block} leaves out ${step.id}`).not.toContain(normalise(step.text));
      }
    }
  });

  it('matches the report wording of chapter 3', async () => {
    for (const [block, text] of Object.entries(REPORT_TYPE_TWO)) {
      const rows = await renderedRows(page, block as BuildingBlockId);
      expect(rows.join(' '), `report text in ${block}`).toContain(normalise(text));
    }
  });

  it('turns a step into a Could have action', async () => {
    const row = blockList(page, 'b1').locator(':scope > li', { hasText: 'andere lokale besturen' });
    await row.getByRole('button', { name: /^Actie maken van stap 2 van bouwsteen 1/ }).click();
    await visible(row.getByText('Actie gemaakt in het actieplan, met prioriteit Could have.'));
    if (SCREENSHOTS)
      await page.screenshot({ path: `${SCREENSHOTS}/type-page.png`, fullPage: true });

    await page.getByRole('tab', { name: 'Actieplan' }).click();
    const could = page.getByRole('table', { name: 'Acties in Could have' });
    await visible(could.getByText(/Ga in dialoog met andere lokale besturen/));
    const must = page.getByRole('table', { name: 'Acties in Must have' });
    expect(await must.getByText(/Ga in dialoog met andere lokale besturen/).count()).toBe(0);
  });

  it('has no serious axe-core violation', async () => {
    await openTypePage(page);
    await visible(blockList(page, 'b1'));
    expect(await seriousA11yViolations(page), 'axe-core on the Type page').toEqual([]);
  });

  it('makes an action by keyboard alone', async () => {
    await page.reload();
    await visible(page.getByRole('tab', { name: 'Type', exact: true }), 30_000);
    await openTypePage(page);
    await page.locator('body').focus();

    await tabTo(page, (label) => label.startsWith('Type 3:'));
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^Type 3:/ }).isChecked())
      .toBe(true);
    const button = await tabTo(page, (label) => label.startsWith('Actie maken van stap'));
    await page.keyboard.press('Enter');

    await visible(page.getByText(/^Actie gemaakt in het actieplan, met prioriteit/));
    expect(await page.getByRole('button', { name: button, exact: true }).count()).toBe(0);
  });
});
