/** Bearer tokens for demo users, and the scope and membership checks Graph makes. */
import { randomBytes } from 'node:crypto';
import type { AppContext, LocalM365State } from './context';
import { GraphHttpError, fail } from './errors';
import type { ChannelDoc, DemoUser, GroupDoc } from './seed';

/** The delegated scopes the tab requests; new tokens get these unless the caller names others. */
export const APP_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Team.ReadBasic.All',
  'GroupMember.Read.All',
  'Sites.Manage.All',
  'Tasks.ReadWrite',
  'ChannelMessage.Send',
] as const;

/** Lifetime of an issued token, in seconds. */
export const TOKEN_LIFETIME_SECONDS = 3600;

interface TokenDoc {
  token: string;
  userId: string;
  scopes: string[];
  expiresAt: string;
}

/** Issues a token for a demo user, or raises a 400 naming the unknown user. */
export function issueToken(
  state: LocalM365State,
  userPrincipalName: string,
  scopes: readonly string[] = APP_SCOPES,
): { access_token: string; expires_in: number; scope: string } {
  const wanted = userPrincipalName.toLowerCase();
  const user = state.store
    .all<DemoUser>('user')
    .find((candidate) => candidate.userPrincipalName.toLowerCase() === wanted);
  if (!user) {
    throw fail.badRequest(
      `Unknown user '${userPrincipalName}'. GET /_local/users lists the demo users.`,
    );
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(state.now().getTime() + TOKEN_LIFETIME_SECONDS * 1000);
  const doc: TokenDoc = {
    token,
    userId: user.id,
    scopes: [...scopes],
    expiresAt: expiresAt.toISOString(),
  };
  state.store.put('token', token, doc);
  return { access_token: token, expires_in: TOKEN_LIFETIME_SECONDS, scope: scopes.join(' ') };
}

/** Resolves the bearer token of a request to its user and scopes, or raises Graph's 401. */
export function authenticate(
  state: LocalM365State,
  authorization: string | undefined,
): { user: DemoUser; scopes: string[] } {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }
  const doc = state.store.get<TokenDoc>('token', match[1]);
  if (!doc) {
    throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  }
  if (new Date(doc.expiresAt) <= state.now()) {
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Lifetime validation failed, the token is expired.',
    );
  }
  const user = state.store.get<DemoUser>('user', doc.userId);
  if (!user) {
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'The token names a user that no longer exists.',
    );
  }
  return { user, scopes: doc.scopes };
}

/** Raises 403 unless the token has at least one of the scopes Graph accepts for the call. */
export function requireScope(c: AppContext, accepted: readonly string[]): void {
  const held = new Set(c.get('scopes').map((scope) => scope.toLowerCase()));
  if (accepted.some((scope) => held.has(scope.toLowerCase()))) return;
  throw fail.forbidden(
    `Either scp or roles claim need to be present in the token with one of: ${accepted.join(', ')}.`,
  );
}

/** Raises 403 unless the signed-in user is a member of the group. */
export function requireMember(c: AppContext, group: GroupDoc): void {
  if (group.memberIds.includes(c.get('user').id)) return;
  throw fail.forbidden('Access denied. The signed-in user is not a member of this team.');
}

/** Raises 403 unless the signed-in user is a member of a private channel; standard channels pass. */
export function requireChannelMember(c: AppContext, channel: ChannelDoc): void {
  if (channel.membershipType !== 'private') return;
  if (channel.memberIds?.includes(c.get('user').id)) return;
  throw fail.forbidden(
    'Access denied. The signed-in user is not a member of this private channel.',
  );
}

/** Delegated scopes Graph accepts, per kind of call (from each call's permission table). */
export const SCOPES = {
  me: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
  users: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  groupMembers: [
    'GroupMember.Read.All',
    'Group.Read.All',
    'GroupMember.ReadWrite.All',
    'Group.ReadWrite.All',
    'Directory.Read.All',
  ],
  sitesRead: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  sitesWrite: ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  sitesManage: ['Sites.Manage.All', 'Sites.FullControl.All'],
  plannerRead: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'],
  plannerWrite: ['Tasks.ReadWrite', 'Group.ReadWrite.All'],
  messageSend: ['ChannelMessage.Send', 'Group.ReadWrite.All'],
  messageRead: [
    'ChannelMessage.Read.All',
    'ChannelMessage.ReadWrite',
    'Group.Read.All',
    'Group.ReadWrite.All',
  ],
  channelsRead: [
    'Channel.ReadBasic.All',
    'ChannelSettings.Read.All',
    'ChannelSettings.ReadWrite.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    'Directory.Read.All',
  ],
  // NOTE: Graph's permission table for filesFolder lists Files.Read(.All), Files.ReadWrite(.All),
  // Sites.Read.All and Sites.ReadWrite.All, not Sites.Manage.All. The stand-in accepts
  // Sites.Manage.All as well, guessing that Graph treats it as including Sites.ReadWrite.All.
  // If a tenant rejects it, the app must request Files.Read.All.
  channelFilesFolder: [
    'Files.Read',
    'Files.Read.All',
    'Files.ReadWrite',
    'Files.ReadWrite.All',
    'Sites.Read.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
  ],
  joinedTeams: [
    'Team.ReadBasic.All',
    'TeamSettings.Read.All',
    'TeamSettings.ReadWrite.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
  ],
} as const;
