/**
 * The script of the test host page: it frames the tab and responds to its teams-js requests the
 * way the Teams web client does. It runs in the browser; `openInTeamsHost` strips its types and
 * serves it, so it may import only types.
 */
import type {
  HostPageConfig,
  HostPageControls,
  RecordedCall,
  SaveOutcome,
  TeamsRequest,
  TeamsTheme,
} from './protocol';

/** How long the host's own Save button waits for the tab. */
const SAVE_TIMEOUT_MS = 10_000;

/** The error code teams-js calls NOT_SUPPORTED_ON_PLATFORM. */
const NOT_SUPPORTED = 100;

// Requests that teams-js sends without a callback. It would log a response to them as one it
// cannot match, so the host sends none.
const ONE_WAY = new Set([
  'registerHandler',
  'settings.setValidityState',
  'settings.save.success',
  'settings.save.failure',
  'appInitialization.appLoaded',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'shareDeepLink',
  'setFrameContext',
  'returnFocus',
]);

// NOTE: teams-js 2.58 reads a "not supported" response in two shapes. Newer APIs take
// `[sdkError]` and reject with it. These older ones take `[status, reason]` and reject only when
// the status is false. The list covers the calls a tab is likely to make, and `responses` can
// set the response of any other.
const STATUS_AND_REASON = new Set([
  'authentication.getAuthToken',
  'authentication.authenticate',
  'authentication.getUser',
  'executeDeepLink',
  'navigateCrossDomain',
  'navigateBack',
  'navigateToTab',
  'pages.navigateToApp',
]);

const config = JSON.parse(
  document.getElementById('host-config')?.textContent ?? '{}',
) as HostPageConfig;
const tabOrigin = new URL(config.tabUrl).origin;
const calls: RecordedCall[] = [];
const context = { ...config.legacyContext };
let saveEnabled = false;
let savedConfig: unknown;
let pendingSave: ((outcome: SaveOutcome) => void) | undefined;

const frame = document.createElement('iframe');
const saveButton = document.getElementById('save') as HTMLButtonElement;

function post(message: unknown): void {
  frame.contentWindow?.postMessage(message, tabOrigin);
}

function respond(request: TeamsRequest, args: unknown[]): void {
  post({ id: request.id, uuidAsString: request.uuidAsString, args });
}

function sendEvent(func: string, args: unknown[]): void {
  post({ func, args });
}

function notSupportedResponse(func: string): unknown[] {
  const message = `${func} is not supported by the Teams test host`;
  return STATUS_AND_REASON.has(func) ? [false, message] : [{ errorCode: NOT_SUPPORTED, message }];
}

function settle(outcome: SaveOutcome): void {
  pendingSave?.(outcome);
  pendingSave = undefined;
}

/** Applies a request to the host's state and returns the response arguments, or undefined for none. */
function responseArgs(request: TeamsRequest): unknown[] | undefined {
  const args = request.args ?? [];
  const override = config.responses[request.func];
  if (override) return override;

  switch (request.func) {
    case 'initialize':
      return [
        config.frameContext,
        config.clientType,
        config.runtimeConfig,
        config.supportedSdkVersion,
      ];
    case 'getContext':
      return [context];
    case 'settings.setValidityState':
      saveEnabled = args[0] === true;
      saveButton.disabled = !saveEnabled;
      return undefined;
    case 'settings.setSettings':
      savedConfig = args[0];
      return [true];
    case 'settings.getSettings':
      return [savedConfig ?? {}];
    case 'settings.save.success':
      settle({ result: 'success' });
      return undefined;
    case 'settings.save.failure':
      settle({ result: 'failure', reason: args[0] });
      return undefined;
    case 'pages.currentApp.navigateTo':
    case 'pages.currentApp.navigateToDefaultPage':
      // The `[error, result]` shape: no error means the navigation happened.
      return [undefined];
  }
  return ONE_WAY.has(request.func) ? undefined : notSupportedResponse(request.func);
}

function isRequest(data: unknown): data is TeamsRequest {
  const request = data as Partial<TeamsRequest> | null;
  return typeof request?.id === 'number' && typeof request.func === 'string';
}

window.addEventListener('message', (event) => {
  // Only the tab's own frame talks to this host, so a message from elsewhere is ignored.
  if (event.source !== frame.contentWindow || !isRequest(event.data)) return;
  const request = event.data;
  calls.push({
    func: request.func,
    args: request.args ?? [],
    apiVersionTag: request.apiVersionTag,
  });
  const args = responseArgs(request);
  if (args) respond(request, args);
});

function save(timeoutMs: number): Promise<SaveOutcome> {
  if (!saveEnabled) {
    return Promise.reject(
      new Error('Save is disabled: the tab has not called setValidityState(true)'),
    );
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Save timed out: the tab sent neither notifySuccess nor notifyFailure within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
    pendingSave = (outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    // teams-js wraps the first argument in its SaveEvent as `result`.
    sendEvent('settings.save', [{}]);
  });
}

const controls: HostPageControls = {
  calls: () => structuredClone(calls),
  setTheme(theme: TeamsTheme) {
    context.theme = theme;
    sendEvent('themeChange', [theme]);
  },
  isSaveEnabled: () => saveEnabled,
  save,
  savedConfig: () => savedConfig,
  openDeepLink(subPageId: string) {
    context.subEntityId = subPageId;
    // Teams renders the tab again for a deep link, so teams-js initialises anew with the context.
    frame.src = 'about:blank';
    setTimeout(() => {
      frame.src = config.tabUrl;
    }, 0);
  },
};
(window as unknown as { teamsHost: HostPageControls }).teamsHost = controls;

// The frame is made only now, so that the listener above hears the tab's first request.
saveButton.hidden = config.frameContext !== 'settings';
saveButton.addEventListener('click', () => void save(SAVE_TIMEOUT_MS).catch(() => undefined));
frame.id = 'tab';
frame.title = 'Risicoradar';
frame.src = config.tabUrl;
document.getElementById('stage')?.append(frame);
