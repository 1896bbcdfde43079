/**
 * Opens a tab inside a test host that plays the Teams web client for @microsoft/teams-js 2.x, so
 * browser tests run the tab's Teams code paths. The host page lives on the tab's own origin,
 * because the tab's Content-Security-Policy lets only that origin and Microsoft's frame it.
 */
import type { Browser, BrowserContext, FrameLocator, Page, Route } from 'playwright-core';
import { resolveContext, toLegacyContext, type TeamsContextOptions } from './context';
import { browserScript, hostPageHtml } from './host-page';
import type {
  HostPageConfig,
  HostPageControls,
  RecordedCall,
  SaveOutcome,
  TeamsTheme,
} from './protocol';

export type { TeamsContextOptions } from './context';
export type { RecordedCall, SaveOutcome, TeamsFrameContext, TeamsTheme } from './protocol';

/** The folder on the tab's origin where the host serves its own page. */
export const HOST_PATH = '/__teams-host__';

/** How long `pressSave` waits for the tab's notifySuccess or notifyFailure. */
const SAVE_TIMEOUT_MS = 10_000;

/** A file the host serves on the tab's origin, such as a probe page of a test. */
export interface HostedFile {
  body: string | Buffer;
  contentType: string;
}

/** Options of `openInTeamsHost`. */
export interface TeamsHostOptions {
  /** The tab's URL on the stand-in, for example `https://localhost:4443/index.html`. */
  tabUrl: string;
  context?: TeamsContextOptions;
  /** Response arguments per request name, in place of the host's own ("not supported" for most). */
  responses?: Record<string, unknown[]>;
  /** Files to serve on the tab's origin, by path, in place of the server's. */
  files?: Record<string, HostedFile>;
}

/** A tab open in the test host. */
export interface TeamsHost {
  /** The host page, which plays Teams. */
  page: Page;
  /** The tab inside the host page. */
  frame: FrameLocator;
  /** Pushes a theme change to the tab, as Teams does when the user switches theme. */
  setTheme(theme: TeamsTheme): Promise<void>;
  /** Presses Save of the configuration dialog and resolves with the tab's outcome. */
  pressSave(): Promise<SaveOutcome>;
  /** The config of the tab's last `pages.config.setConfig`, or undefined before any. */
  savedConfig(): Promise<unknown>;
  /** Every request the tab sent, in order. */
  calls(): Promise<RecordedCall[]>;
  /** Waits until the tab sent a request named `func`, and returns that request. */
  waitForCall(func: string, timeoutMs?: number): Promise<RecordedCall>;
  /** Opens a deep link to the tab: Teams loads the tab again with the new sub-page id. */
  openDeepLink(subPageId: string): Promise<void>;
  /** The URLs of requests to hosts other than localhost and 127.0.0.1, which the host aborted. */
  blockedRequests(): string[];
  close(): Promise<void>;
}

// The runtime lists no `nestedAppAuth` and sets `isNAAChannelRecommended` to false, so in teams-js
// 2.58 `nestedAppAuth.isNAAChannelRecommended()` returns false. The host cannot sign users in.
function runtimeConfig(): string {
  return JSON.stringify({
    apiVersion: 4,
    isNAAChannelRecommended: false,
    supports: { app: {}, appInitialization: {}, pages: { config: {}, currentApp: {} } },
  });
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1';
}

// teams-js fetches its list of valid origins from a CDN as soon as it loads. Tests must not leave
// this machine, so every request to another host fails at once and its URL is kept.
async function blockForeignHosts(browserContext: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await browserContext.route(
    (url) => !isLoopback(url),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}

async function serveHost(
  browserContext: BrowserContext,
  config: HostPageConfig,
  files: Record<string, HostedFile>,
): Promise<string> {
  const origin = new URL(config.tabUrl).origin;
  const pageUrl = `${origin}${HOST_PATH}/index.html`;
  const scriptPath = `${HOST_PATH}/host-script.js`;
  const hosted: Record<string, HostedFile> = {
    ...files,
    [`${HOST_PATH}/index.html`]: {
      body: hostPageHtml(config, scriptPath),
      contentType: 'text/html',
    },
    [scriptPath]: { body: await browserScript('./host-script.ts'), contentType: 'text/javascript' },
  };
  await browserContext.route(
    (url) => url.origin === origin && url.pathname in hosted,
    (route: Route) => {
      const file = hosted[new URL(route.request().url()).pathname] as HostedFile;
      return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
    },
  );
  return pageUrl;
}

function hostConfig(options: TeamsHostOptions): HostPageConfig {
  const context = resolveContext(options.context);
  return {
    tabUrl: options.tabUrl,
    frameContext: context.page.frameContext,
    clientType: 'web',
    runtimeConfig: runtimeConfig(),
    supportedSdkVersion: '2.58.0',
    legacyContext: toLegacyContext(context),
    responses: options.responses ?? {},
  };
}

/** The host page's window; `teamsHost` exists once the host script has run. */
type HostWindow = typeof window & { teamsHost: HostPageControls };

/** Binds the host script's controls to Playwright calls on `page`. */
function bindControls(page: Page) {
  const calls = () => page.evaluate(() => (window as HostWindow).teamsHost.calls());
  return {
    setTheme: (theme: TeamsTheme) =>
      page.evaluate((next) => (window as HostWindow).teamsHost.setTheme(next), theme),
    pressSave: () =>
      page.evaluate(
        (timeoutMs) => (window as HostWindow).teamsHost.save(timeoutMs),
        SAVE_TIMEOUT_MS,
      ),
    savedConfig: () => page.evaluate(() => (window as HostWindow).teamsHost.savedConfig()),
    openDeepLink: (subPageId: string) =>
      page.evaluate((id) => (window as HostWindow).teamsHost.openDeepLink(id), subPageId),
    calls,
    async waitForCall(func: string, timeoutMs = 10_000) {
      const handle = await page.waitForFunction(
        (name) => (window as HostWindow).teamsHost.calls().find((call) => call.func === name),
        func,
        { timeout: timeoutMs },
      );
      return (await handle.jsonValue()) as RecordedCall;
    },
  };
}

/** Opens `tabUrl` framed by the test host in a new browser context, in Dutch (nl-BE). */
export async function openInTeamsHost(
  browser: Browser,
  options: TeamsHostOptions,
): Promise<TeamsHost> {
  const browserContext = await browser.newContext({
    ignoreHTTPSErrors: true,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
  });
  const blocked = await blockForeignHosts(browserContext);
  const pageUrl = await serveHost(browserContext, hostConfig(options), options.files ?? {});
  const page = await browserContext.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'teamsHost' in window);

  return {
    page,
    frame: page.frameLocator('#tab'),
    ...bindControls(page),
    blockedRequests: () => [...blocked],
    close: () => browserContext.close(),
  };
}
