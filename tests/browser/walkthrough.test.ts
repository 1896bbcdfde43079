/**
 * The whole path as a new member of the management team walks it: sign in, answer the
 * self-assessment, read the comparison and the weak points, add two risks, plan actions with
 * MoSCoW, push them to Planner, complete one task as its owner in Planner, and see it done.
 * The steps share one page and run in order.
 */
import type { Locator, Page } from 'playwright-core';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, GROUP_ID, USER_IDS } from '../../src/local-m365/index';
import { openPage, seriousA11yViolations, startDemo, type Demo } from './harness';

const HOSTILE_TITLE = `Back-up <b>niet</b> getest & "nooit" hersteld ’24 🔥 `;
const WONT_TITLE = 'Eigen datacenter uitbouwen';
const ICT_OFFICER = DEMO_USERS.find((user) => user.id === USER_IDS.ictOfficer)!;

interface PlannerTask {
  id: string;
  title: string;
  assignments: Record<string, unknown>;
  dueDateTime: string | null;
  '@odata.etag': string;
}

let demo: Demo;
let page: Page;
const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });

/** Calls the stand-in's Graph API as the ICT officer, the way Planner's own apps would. */
async function graphAsIctOfficer(
  path: string,
  init: { method?: string; body?: unknown; etag?: string } = {},
) {
  const tokenResponse = await fetch(`${demo.url}/_local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: ICT_OFFICER.userPrincipalName }),
    dispatcher,
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.etag) headers['If-Match'] = init.etag;
  const response = await fetch(`${demo.url}/v1.0${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    dispatcher,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as { value?: unknown } };
}

async function planTasks(): Promise<PlannerTask[]> {
  const plans = await graphAsIctOfficer(`/groups/${GROUP_ID}/planner/plans`);
  const [plan] = plans.body.value as { id: string }[];
  const tasks = await graphAsIctOfficer(`/planner/plans/${plan!.id}/tasks`);
  return tasks.body.value as PlannerTask[];
}

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

async function expectNoSeriousViolations(where: string): Promise<void> {
  expect(await seriousA11yViolations(page), `axe-core on ${where}`).toEqual([]);
}

function question(number: number): Locator {
  return page.getByRole('region', { name: new RegExp(`^Vraag ${number}\\. `) });
}

async function answerText(number: number, text: string): Promise<void> {
  const box = question(number).getByRole('textbox');
  await box.fill(text);
  await box.blur();
}

async function choose(number: number, option: string): Promise<void> {
  await question(number).getByRole('radio', { name: option, exact: true }).check();
}

beforeAll(async () => {
  demo = await startDemo();
  page = await openPage(demo);
});

afterAll(async () => {
  await demo?.close();
});

describe('walkthrough', () => {
  it('signs in as a demo user in local mode', async () => {
    await visible(page.getByText(/Lokale modus/));
    await page.getByLabel('Demogebruiker').selectOption(ICT_OFFICER.userPrincipalName);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await visible(page.getByRole('tab', { name: 'Zelfevaluatie' }), 30_000);
    await expectNoSeriousViolations('the start page');
  });

  it('answers the self-assessment and keeps the answers over a reload', async () => {
    await page.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    await answerText(1, 'Gemeente en OCMW Zonnedorp');
    await question(3).getByRole('checkbox', { name: 'OCMW-administratie' }).check();

    await answerText(4, 'veel');
    await visible(question(4).getByText(/getal/i));
    await answerText(4, '1,5');
    await choose(6, 'Neen');
    // Question 7 by keyboard alone: focus the first option, move with the arrow key.
    await question(7).getByRole('radio', { name: 'Ja', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await question(7).getByRole('radio', { name: 'Neen', exact: true }).isChecked()).toBe(
      true,
    );
    await choose(8, 'Neen');
    await choose(9, 'Neen');
    await choose(12, 'Neen');
    await question(15)
      .getByRole('radio', { name: 'Cyberveiligheid: Onvoldoende onder controle' })
      .check();

    expect(await question(18).count()).toBe(0);
    await choose(17, 'Ja');
    await visible(question(18));
    await expectNoSeriousViolations('the self-assessment');

    // Each answer is saved on its own; wait until nothing is pending, then reload.
    await page
      .getByText(/Bezig met opslaan/)
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    await visible(question(1));
    expect(await question(1).getByRole('textbox').inputValue()).toBe('Gemeente en OCMW Zonnedorp');
    expect(await question(4).getByRole('textbox').inputValue()).toMatch(/^1[,.]5$/);
    expect(await question(8).getByRole('radio', { name: 'Neen', exact: true }).isChecked()).toBe(
      true,
    );
  });

  it('compares the answers with the 144 besturen in a chart and a table', async () => {
    // To Toetsing by keyboard: the tab list moves with the arrow keys.
    await page.getByRole('tab', { name: 'Zelfevaluatie' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Vergelijking' }).click();
    await visible(page.getByText(/november 2021/));
    const strategy = page.getByRole('region', { name: /^8\. Heeft jouw lokaal bestuur/ });
    await visible(strategy.getByRole('table'));
    await visible(strategy.getByRole('cell', { name: /46\s?%/ }));
    await visible(strategy.getByText(/Bijlage 4/i));
    await expectNoSeriousViolations('the comparison');
  });

  it('adds two weak points to the risk register', async () => {
    await page.getByRole('tab', { name: 'Zwakke punten' }).click();
    const addButtons = page.getByRole('button', { name: /^Als risico toevoegen/ });
    await visible(addButtons);
    expect(await addButtons.count()).toBeGreaterThanOrEqual(2);
    await expectNoSeriousViolations('the weak points');

    await addButtons.nth(0).click();
    await visible(page.getByText('Staat in het risicoregister'));
    await addButtons.nth(0).click();
    await page.getByText('Staat in het risicoregister').nth(1).waitFor({ state: 'visible' });
  });

  it('lists both risks and gives one an owner', async () => {
    await page.getByRole('tab', { name: /^Risico/ }).click();
    const table = page.getByRole('table', { name: 'Risicoregister' });
    await visible(table);
    expect(await table.getByRole('button', { name: /^Risico ".*" bewerken$/ }).count()).toBe(2);

    await table
      .getByRole('button', { name: /^Risico ".*" bewerken$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Risico-eigenaar').selectOption(USER_IDS.ictOfficer);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(table.getByText(ICT_OFFICER.displayName));
    await expectNoSeriousViolations('the risk register');
  });

  it('plans a Must-have with a hostile title and a Won’t-have', async () => {
    await page.getByRole('tab', { name: 'Actieplan' }).click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill(HOSTILE_TITLE);
    await dialog.getByRole('radio', { name: /^Must have/ }).check();
    await dialog.getByLabel('Eigenaar').selectOption(USER_IDS.ictOfficer);
    await dialog.getByLabel('Einddatum').fill('2027-03-31');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill(WONT_TITLE);
    await dialog.getByRole('radio', { name: /^Won’t have/ }).check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await visible(page.getByText(HOSTILE_TITLE.trimEnd(), { exact: true }));
    expect(await page.locator('b', { hasText: 'niet' }).count()).toBe(0);
    await expectNoSeriousViolations('the action plan');
  });

  it('pushes the actions to Planner, and a second push creates nothing', async () => {
    await page.getByRole('button', { name: 'Naar Planner' }).click();
    await visible(page.getByText(/Naar Planner gestuurd: 2 nieuw/), 30_000);

    const tasks = await planTasks();
    expect(tasks.map((task) => task.title).sort()).toEqual([HOSTILE_TITLE, WONT_TITLE].sort());
    const must = tasks.find((task) => task.title === HOSTILE_TITLE)!;
    expect(Object.keys(must.assignments)).toEqual([USER_IDS.ictOfficer]);
    expect(must.dueDateTime?.slice(0, 10)).toBe('2027-03-31');
    const wont = tasks.find((task) => task.title === WONT_TITLE)!;
    expect(Object.keys(wont.assignments)).toEqual([]);
    expect(wont.dueDateTime ?? null).toBeNull();

    await page.getByRole('button', { name: 'Naar Planner' }).click();
    await visible(page.getByText(/0 nieuw, 0 bijgewerkt, 2 ongewijzigd/), 30_000);
    expect(await planTasks()).toHaveLength(2);
  });

  it('shows the action done after its owner completes the task in Planner', async () => {
    const mine = await graphAsIctOfficer('/me/planner/tasks');
    const task = (mine.body.value as PlannerTask[]).find((item) => item.title === HOSTILE_TITLE)!;
    const row = page.getByRole('row').filter({ hasText: HOSTILE_TITLE.trim() });
    expect(await row.getByText('Klaar in Planner').count()).toBe(0);

    const patched = await graphAsIctOfficer(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      body: { percentComplete: 100 },
      etag: task['@odata.etag'],
    });
    expect([200, 204]).toContain(patched.status);

    await page.getByRole('button', { name: 'Vernieuwen' }).click();
    await visible(page.getByText(/is afgevinkt in Planner/), 30_000);
    await visible(row.getByText('Klaar in Planner'));
  });
});
