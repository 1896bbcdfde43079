/** Graph token sources: the local stand-in's token endpoint, or MSAL's nested app auth. */
import { GRAPH_BASE_URL } from '../../graph';
import type { HostInfo } from './host';

/** A source of Graph access tokens for the signed-in user. */
export interface TokenSource {
  getToken(): Promise<string>;
  /** Opens the interactive sign-in (a pop-up); present only where one is possible. */
  signIn?: () => Promise<void>;
}

/** Raised by `getToken` when MSAL needs the user to sign in or consent in a pop-up first. */
export class SignInRequiredError extends Error {
  constructor(cause?: unknown) {
    super('[shell] signing in needs the user: press "Aanmelden"', { cause });
    this.name = 'SignInRequiredError';
  }
}

/** Raised when the host cannot give tokens through nested app authentication. */
export class NestedAuthUnavailableError extends Error {
  constructor(readonly hostName: string | undefined) {
    super(`[shell] the host ${hostName ?? '(unknown)'} offers no nested app authentication`);
    this.name = 'NestedAuthUnavailableError';
  }
}

/** The shell's choice of token source, made once the host is known. */
export type TokenSourceChoice =
  | { kind: 'local'; userPrincipalName: string; graphBaseUrl: string }
  | { kind: 'nestedAppAuth'; graphBaseUrl: string }
  | { kind: 'unavailable'; hostName?: string };

/**
 * Chooses the token source. The runtime config decides, not the host. A tab that the local
 * stand-in serves takes tokens from `/_local/token`: in a plain browser for the chosen demo user,
 * and inside a Teams (test) host for the context's user, so the Teams code paths run in tests.
 * Elsewhere the tab uses MSAL's nested app authentication, and only when the host recommends it,
 * because without the host's bridge MSAL silently falls back to a standard client.
 */
export function chooseTokenSource(
  host: HostInfo,
  localUser: string | undefined,
  isNestedAuthRecommended: () => boolean,
  origin: string = window.location.origin,
): TokenSourceChoice {
  const localBase = `${origin}/`;
  if (host.kind === 'local') {
    return { kind: 'local', userPrincipalName: localUser ?? '', graphBaseUrl: localBase };
  }
  if (host.kind === 'none') return { kind: 'unavailable' };
  if (host.config.tenant === 'local') {
    const user = host.context.userPrincipalName ?? host.context.loginHint ?? '';
    return { kind: 'local', userPrincipalName: user, graphBaseUrl: localBase };
  }
  if (!isNestedAuthRecommended()) return { kind: 'unavailable', hostName: host.context.hostName };
  return { kind: 'nestedAppAuth', graphBaseUrl: GRAPH_BASE_URL };
}
