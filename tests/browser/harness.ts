/** Shared set-up for browser tests: the demo server on a free port with a fresh database, and Chromium. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalM365 } from '../../src/local-m365/index';

const require = createRequire(import.meta.url);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Demo {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the stand-in serving the built tab, and a headless Chromium that trusts nothing outside it. */
export async function startDemo(): Promise<Demo> {
  const staticDir = resolve('dist');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npx vite build` before the browser tests');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'risicoradar-browser-'));
  const server = await startLocalM365({
    port: 0,
    dbPath: join(dataDir, 'local-m365.db'),
    staticDir,
    quiet: true,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page that accepts the stand-in's self-signed certificate, in Dutch, with a pinned clock. */
export async function openPage(demo: Demo, path = '/'): Promise<Page> {
  const context = await demo.browser.newContext({
    ignoreHTTPSErrors: true,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(demo.url + path);
  return page;
}

/**
 * Waits until finite animations end (at most 3 s), so axe-core measures the colours a user sees:
 * a dialog that is still fading in has text at a fraction of its contrast. Spinners run forever
 * and are not waited for.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    const ended = Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
}

let cachedAxeSource: string | undefined;

function axeSource(): string {
  cachedAxeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return cachedAxeSource;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page and returns the serious and critical violations, described for a failure message. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await settleAnimations(page);
  // Evaluated through the DevTools protocol, because the tab's CSP rightly blocks inline scripts.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Tabster's focus sentinels (hidden <i tabindex=0> that pass focus on at once) are left out:
    // they are how Fluent's TabList and dialogs keep focus in place, not content.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}
