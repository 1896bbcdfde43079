/** Where Graph tokens come from: the local stand-in's token endpoint, or Teams (not built yet). */

/** A source of Graph access tokens for the signed-in user. */
export interface TokenSource {
  getToken(): Promise<string>;
}

/** Raised when the tab runs in Teams, because Teams sign-in (nested app authentication) is not built. */
export class TeamsSignInNotAvailableError extends Error {
  constructor() {
    super('[shell] Teams sign-in is not available yet');
    this.name = 'TeamsSignInNotAvailableError';
  }
}

/**
 * The seam for the Teams sign-in.
 * TODO: acquire tokens with MSAL's nested app authentication after `app.initialize()`.
 */
export function createTeamsTokenSource(): TokenSource {
  return {
    getToken: () => Promise.reject(new TeamsSignInNotAvailableError()),
  };
}
