/** Decides whether the tab runs inside a Teams host or locally, and reads the Teams context. */
import type { app } from '@microsoft/teams-js';
import { readRuntimeConfig, type RuntimeConfig } from './runtimeConfig';

/** The Teams theme names the tab follows. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** The fields of the Teams context that the shell uses. */
export interface TeamsHostContext {
  groupId?: string;
  channelId?: string;
  /** 'Regular', 'Private' or 'Shared'; a private channel keeps the lists on its own site. */
  channelMembershipType?: string;
  userId?: string;
  userPrincipalName?: string;
  loginHint?: string;
  tenantId?: string;
  locale: string;
  theme: TeamsThemeName;
  /** The tab's entity id, as `setConfig` stored it. */
  entityId?: string;
  /** The deep link's sub-page id, such as `risk-<key>`. */
  subPageId?: string;
  /** 'content', 'settings' or 'remove'. */
  frameContext?: string;
  /** The host application, such as 'Teams', 'Outlook' or 'Office'. */
  hostName?: string;
  /** The app's id in Teams, which deep links carry. */
  appId?: string;
}

/** The outcome of host detection. */
export type HostInfo =
  | { kind: 'teams'; context: TeamsHostContext; config: RuntimeConfig }
  | { kind: 'local' }
  | { kind: 'none' };

/** How long the shell waits for a Teams host; teams-js itself would wait 60 s inside a foreign frame. */
export const HOST_TIMEOUT_MS = 3000;

function toThemeName(theme: string | undefined): TeamsThemeName {
  // 'glass' is a newer Teams theme without a Fluent v9 counterpart; its base is light.
  if (theme === 'dark' || theme === 'contrast') return theme;
  return 'default';
}

/** Copies the fields the shell uses out of the teams-js context. */
export function readContext(context: app.Context): TeamsHostContext {
  return {
    groupId: context.team?.groupId,
    channelId: context.channel?.id,
    channelMembershipType: context.channel?.membershipType,
    userId: context.user?.id,
    userPrincipalName: context.user?.userPrincipalName,
    loginHint: context.user?.loginHint,
    tenantId: context.user?.tenant?.id,
    locale: context.app.locale,
    theme: toThemeName(context.app.theme),
    entityId: context.page?.id,
    subPageId: context.page?.subPageId,
    frameContext: context.page?.frameContext,
    hostName: context.app.host?.name,
    appId: context.app.appId?.toString(),
  };
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('host timed out')), ms));
}

// teams-js 2.58 fetches its list of valid origins from res.cdn.office.net as soon as it is
// imported, and rejects `app.initialize()` at once in a top-level window without an opener or a
// native interface ("No Parent window found"). Checking that condition before importing it keeps
// local mode off every host but localhost.
function mayHaveHost(): boolean {
  return window.parent !== window || !!window.opener || 'nativeInterface' in window;
}

async function initializeTeams(timeoutMs: number): Promise<TeamsHostContext | undefined> {
  if (!mayHaveHost()) return undefined;
  try {
    const { app } = await import('@microsoft/teams-js');
    await Promise.race([app.initialize(), timeout(timeoutMs)]);
    return readContext(await app.getContext());
  } catch {
    return undefined;
  }
}

/**
 * Races `app.initialize()` against a timeout, because inside a frame that is not Teams teams-js
 * would wait 60 s. Without a host, the tab runs in local mode when the local stand-in serves it,
 * and otherwise shows the page that offers to open it in Teams.
 */
export async function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  const [context, config] = await Promise.all([initializeTeams(timeoutMs), readRuntimeConfig()]);
  if (context) return { kind: 'teams', context, config };
  return config.tenant === 'local' ? { kind: 'local' } : { kind: 'none' };
}

/** Registers `onChange` for Teams theme changes; only valid after `detectHost` found Teams. */
export async function onTeamsThemeChange(onChange: (theme: TeamsThemeName) => void) {
  const { app } = await import('@microsoft/teams-js');
  app.registerOnThemeChangeHandler((theme) => onChange(toThemeName(theme)));
}
