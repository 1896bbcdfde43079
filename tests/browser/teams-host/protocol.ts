/**
 * Types shared by the Node side of the Teams test host and the script that runs in the host page.
 * The wire format is that of @microsoft/teams-js 2.58: the tab posts requests to its parent, the
 * host posts responses with the same id and uuid, and it pushes events as messages without an id.
 */

/** The Teams themes the host can apply. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The frame contexts the host can open a tab in. */
export type TeamsFrameContext = 'content' | 'settings';

/** A request from teams-js, as `postMessage` delivers it to the host. */
export interface TeamsRequest {
  id: number;
  /** The request's UUID as a string; teams-js matches the response by it. */
  uuidAsString?: string;
  func: string;
  args?: unknown[];
  apiVersionTag?: string;
}

/** A request from the tab as the host recorded it. */
export interface RecordedCall {
  func: string;
  args: unknown[];
  /** The teams-js API that sent the request, for example `v2_app.getContext`. */
  apiVersionTag?: string;
}

/** What the tab reported after the host sent `settings.save`. */
export type SaveOutcome = { result: 'success' } | { result: 'failure'; reason?: unknown };

/** Everything the host page needs, embedded in it as JSON by `openInTeamsHost`. */
export interface HostPageConfig {
  tabUrl: string;
  frameContext: TeamsFrameContext;
  clientType: string;
  /** The runtime config as the JSON string that `initialize` returns. */
  runtimeConfig: string;
  /** The teams-js version the host claims to support. */
  supportedSdkVersion: string;
  /** The context in the legacy field names of the `getContext` response. */
  legacyContext: Record<string, unknown>;
  /** Response arguments per request name, in place of the host's own response. */
  responses: Record<string, unknown[]>;
}

/** The controls the host script exposes on `window.teamsHost` to the Node side. */
export interface HostPageControls {
  calls(): RecordedCall[];
  setTheme(theme: TeamsTheme): void;
  isSaveEnabled(): boolean;
  /** Sends `settings.save` and resolves with the tab's outcome, or rejects after `timeoutMs`. */
  save(timeoutMs: number): Promise<SaveOutcome>;
  savedConfig(): unknown;
  /** Loads the tab again with a new sub-page id, as Teams does when a deep link opens it. */
  openDeepLink(subPageId: string): void;
}
