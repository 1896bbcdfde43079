/** Decides whether the tab runs inside a Teams host or locally, and reads the Teams context. */
import type { app } from '@microsoft/teams-js';

/** The Teams theme names the tab follows. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** The fields of the Teams context that the shell uses. */
export interface TeamsHostContext {
  groupId?: string;
  channelId?: string;
  userId?: string;
  userPrincipalName?: string;
  tenantId?: string;
  locale: string;
  theme: TeamsThemeName;
}

/** The outcome of host detection. */
export type HostInfo = { kind: 'teams'; context: TeamsHostContext } | { kind: 'local' };

/** How long the shell waits for a Teams host; teams-js itself would wait 60 s inside a foreign frame. */
export const HOST_TIMEOUT_MS = 3000;

function toThemeName(theme: string | undefined): TeamsThemeName {
  // 'glass' is a newer Teams theme without a Fluent v9 counterpart; its base is light.
  if (theme === 'dark' || theme === 'contrast') return theme;
  return 'default';
}

function readContext(context: app.Context): TeamsHostContext {
  return {
    groupId: context.team?.groupId,
    channelId: context.channel?.id,
    userId: context.user?.id,
    userPrincipalName: context.user?.userPrincipalName,
    tenantId: context.user?.tenant?.id,
    locale: context.app.locale,
    theme: toThemeName(context.app.theme),
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

/**
 * Races `app.initialize()` against a timeout, because inside a frame that is not Teams teams-js
 * would wait 60 s. Without any possible host, local mode starts at once.
 */
export async function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  if (!mayHaveHost()) return { kind: 'local' };
  try {
    const { app } = await import('@microsoft/teams-js');
    await Promise.race([app.initialize(), timeout(timeoutMs)]);
    const context = await app.getContext();
    return { kind: 'teams', context: readContext(context) };
  } catch {
    return { kind: 'local' };
  }
}

/** Registers `onChange` for Teams theme changes; only valid after `detectHost` found Teams. */
export async function onTeamsThemeChange(onChange: (theme: TeamsThemeName) => void) {
  const { app } = await import('@microsoft/teams-js');
  app.registerOnThemeChangeHandler((theme) => onChange(toThemeName(theme)));
}
