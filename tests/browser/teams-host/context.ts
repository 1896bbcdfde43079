/** The Teams context the test host gives a tab, with defaults taken from the stand-in's demo team. */
import { DEMO_USERS, GENERAL_CHANNEL_ID, GROUP_ID, TENANT_ID } from '../../../src/local-m365/seed';
import type { TeamsFrameContext, TeamsTheme } from './protocol';

/** The context a test sets; every field left out takes the demo default. */
export interface TeamsContextOptions {
  theme?: TeamsTheme;
  /** BCP 47 locale; defaults to nl-BE. */
  locale?: string;
  user?: { id: string; userPrincipalName: string; loginHint?: string; displayName?: string };
  tenantId?: string;
  /** The team; `null` opens the tab outside a team, as in a chat. */
  team?: { groupId: string; internalId?: string; displayName?: string } | null;
  channel?: {
    id: string;
    membershipType?: 'Regular' | 'Private' | 'Shared';
    displayName?: string;
  } | null;
  page?: { id?: string; subPageId?: string; frameContext?: TeamsFrameContext };
  /** The app's id in Teams, which deep links carry as `<appId>`. */
  appId?: string;
}

/** The context with every default filled in. */
export interface ResolvedTeamsContext {
  theme: TeamsTheme;
  locale: string;
  user: { id: string; userPrincipalName: string; loginHint: string; displayName?: string };
  tenantId: string;
  team: { groupId: string; internalId: string; displayName?: string } | null;
  channel: { id: string; membershipType: string; displayName?: string } | null;
  page: { id: string; subPageId?: string; frameContext: TeamsFrameContext };
  appId: string;
}

/** The app id when a test sets none, in the GUID form of a Teams app id. */
export const DEFAULT_APP_ID = '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f607';

const director = DEMO_USERS[0];

/** The tab's entity id when a test sets none; the app's manifest may use another. */
export const DEFAULT_ENTITY_ID = 'risicoradar';

/** Fills in the demo defaults: the algemeen directeur in the general channel of the demo team. */
export function resolveContext(options: TeamsContextOptions = {}): ResolvedTeamsContext {
  const user = options.user ?? {
    id: director?.id ?? '',
    userPrincipalName: director?.userPrincipalName ?? '',
    displayName: director?.displayName,
  };
  const team = options.team === undefined ? { groupId: GROUP_ID } : options.team;
  const channel = options.channel === undefined ? { id: GENERAL_CHANNEL_ID } : options.channel;
  return {
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'nl-BE',
    user: { ...user, loginHint: user.loginHint ?? user.userPrincipalName },
    tenantId: options.tenantId ?? TENANT_ID,
    // NOTE: Teams gives the internal team id in the thread form of a channel id. The stand-in has
    // no such id, so the default is made from the group id.
    team: team && {
      ...team,
      internalId: team.internalId ?? `19:${team.groupId.replaceAll('-', '')}@thread.tacv2`,
    },
    channel: channel && { ...channel, membershipType: channel.membershipType ?? 'Regular' },
    page: {
      id: options.page?.id ?? DEFAULT_ENTITY_ID,
      subPageId: options.page?.subPageId,
      frameContext: options.page?.frameContext ?? 'content',
    },
    appId: options.appId ?? DEFAULT_APP_ID,
  };
}

/**
 * Converts the context to the field names that the host sends in the `getContext` response.
 * teams-js 2.58 maps them to `app.Context` in `app.getContext()`, for example `entityId` to
 * `page.id`, `subEntityId` to `page.subPageId` and `channelType` to `channel.membershipType`.
 */
export function toLegacyContext(context: ResolvedTeamsContext): Record<string, unknown> {
  return {
    locale: context.locale,
    theme: context.theme,
    hostName: 'Teams',
    hostClientType: 'web',
    appSessionId: 'teams-host-session',
    appId: context.appId,
    entityId: context.page.id,
    subEntityId: context.page.subPageId,
    frameContext: context.page.frameContext,
    userObjectId: context.user.id,
    userPrincipalName: context.user.userPrincipalName,
    loginHint: context.user.loginHint,
    userDisplayName: context.user.displayName,
    tid: context.tenantId,
    groupId: context.team?.groupId,
    teamId: context.team?.internalId,
    teamName: context.team?.displayName,
    channelId: context.channel?.id,
    channelName: context.channel?.displayName,
    channelType: context.channel?.membershipType,
  };
}
