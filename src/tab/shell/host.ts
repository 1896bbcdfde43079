/** Decides whether the tab runs inside a Teams host or locally, and reads the Teams context. */
import { app } from '@microsoft/teams-js';

/** The Teams theme names the tab follows. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What the shell needs from the Teams context. */
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

/**
 * Races `app.initialize()` against a timeout. Outside a host teams-js rejects at once ("No Parent
 * window found"), so local mode starts without waiting.
 */
export async function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  try {
    await Promise.race([app.initialize(), timeout(timeoutMs)]);
    const context = await app.getContext();
    return { kind: 'teams', context: readContext(context) };
  } catch {
    return { kind: 'local' };
  }
}

/** Calls `onChange` when the Teams theme changes; only valid after `detectHost` found Teams. */
export function onTeamsThemeChange(onChange: (theme: TeamsThemeName) => void): void {
  app.registerOnThemeChangeHandler((theme) => onChange(toThemeName(theme)));
}
