/** Local mode: demo users and tokens from the local Microsoft 365 stand-in on the tab's own origin. */
import type { Person } from '../../domain/model';
import type { TokenSource } from './tokenSource';

/** The sessionStorage key of the chosen demo user; tokens are never stored. */
export const LOCAL_USER_KEY = 'risicoradar.localUser';

/** A demo user as the stand-in lists it. */
export type LocalUser = Person;

async function readJson(response: Response, what: string): Promise<unknown> {
  if (!response.ok) {
    throw Object.assign(new Error(`[local] ${what} failed with status ${response.status}`), {
      status: response.status,
    });
  }
  return response.json();
}

function isLocalUser(value: unknown): value is LocalUser {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.userPrincipalName === 'string' && typeof record.displayName === 'string';
}

/** Fetches the demo users from `GET /_local/users` (a bare array or Graph's `{ value }`). */
export async function fetchLocalUsers(): Promise<LocalUser[]> {
  const body = await readJson(await fetch('/_local/users'), 'listing the demo users');
  const list = Array.isArray(body) ? body : (body as { value?: unknown[] })?.value;
  return (list ?? []).filter(isLocalUser);
}

function readToken(body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    const token = record.access_token ?? record.accessToken ?? record.token;
    if (typeof token === 'string') return token;
  }
  throw new Error('[local] the token response has no access_token');
}

/** A token source that asks `POST /_local/token` for a token of the given demo user, once per token. */
export function createLocalTokenSource(userPrincipalName: string): TokenSource {
  let cached: { token: string; expiresAt: number } | undefined;
  return {
    async getToken() {
      if (cached && cached.expiresAt > Date.now()) return cached.token;
      const response = await fetch('/_local/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: userPrincipalName }),
      });
      const body = await readJson(response, 'requesting a token');
      const seconds = Number((body as { expires_in?: unknown }).expires_in) || 3000;
      // Renew a minute early so a request never leaves with a token about to expire.
      cached = { token: readToken(body), expiresAt: Date.now() + (seconds - 60) * 1000 };
      return cached.token;
    },
  };
}

/** Returns the demo user chosen earlier in this browser tab, if any. */
export function loadChosenUser(): string | undefined {
  return sessionStorage.getItem(LOCAL_USER_KEY) ?? undefined;
}

/** Remembers the chosen demo user for this browser tab only. */
export function saveChosenUser(userPrincipalName: string | undefined): void {
  if (userPrincipalName) sessionStorage.setItem(LOCAL_USER_KEY, userPrincipalName);
  else sessionStorage.removeItem(LOCAL_USER_KEY);
}

/** The team and channel the stand-in gives local mode, as Teams gives them in its context. */
export interface LocalContext {
  groupId: string;
  channelId: string;
  channelMembershipType: string;
}

/** Fetches `GET /_local/context`, optionally for another channel of the demo team. */
export async function fetchLocalContext(channelId?: string): Promise<LocalContext> {
  const query = channelId ? `?channelId=${encodeURIComponent(channelId)}` : '';
  return (await readJson(
    await fetch(`/_local/context${query}`),
    'reading the local context',
  )) as LocalContext;
}
