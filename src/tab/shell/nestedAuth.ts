/** Graph tokens inside Teams through MSAL's nested app authentication (NAA). */
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { GRAPH_SCOPES } from '../../../appPackage/tools/graph-scopes';
import type { TeamsHostContext } from './host';
import { SignInRequiredError, type TokenSource } from './tokenSource';

/** Raised when the build has no Entra client id (VITE_AAD_APP_CLIENT_ID). */
export class MissingClientIdError extends Error {
  constructor() {
    super('[shell] VITE_AAD_APP_CLIENT_ID is not set: build the tab with the Entra app client id');
    this.name = 'MissingClientIdError';
  }
}

// The scopes in the manifest's nestedAppAuthInfo order: Teams prefetches a token only when the
// runtime request matches them exactly.
const scopes = [...GRAPH_SCOPES];

function findAccount(
  client: IPublicClientApplication,
  context: TeamsHostContext,
): AccountInfo | null {
  return (
    client.getActiveAccount() ??
    client.getAccount({
      tenantId: context.tenantId,
      homeAccountId: context.userId,
      loginHint: context.loginHint ?? context.userPrincipalName,
    })
  );
}

/**
 * Creates the MSAL client after `app.initialize()` (teams-js installs the NAA bridge there) and
 * returns a token source: silent first, and a pop-up through `signIn` when MSAL needs the user.
 * Tokens stay in sessionStorage, never in localStorage.
 */
export async function createNestedAuthTokenSource(context: TeamsHostContext): Promise<TokenSource> {
  const clientId = import.meta.env.VITE_AAD_APP_CLIENT_ID as string | undefined;
  if (!clientId) throw new MissingClientIdError();
  const msal = await import('@azure/msal-browser');
  const client = await msal.createNestablePublicClientApplication({
    auth: {
      clientId,
      authority: `https://login.microsoftonline.com/${context.tenantId ?? 'organizations'}`,
    },
    cache: { cacheLocation: msal.BrowserCacheLocation.SessionStorage },
  });

  return {
    async getToken() {
      const account = findAccount(client, context);
      if (!account) throw new SignInRequiredError();
      try {
        const result = await client.acquireTokenSilent({ scopes, account });
        return result.accessToken;
      } catch (error) {
        if (error instanceof msal.InteractionRequiredAuthError) {
          throw new SignInRequiredError(error);
        }
        throw error;
      }
    },
    async signIn() {
      const result = await client.acquireTokenPopup({
        scopes,
        loginHint: context.loginHint ?? context.userPrincipalName,
      });
      client.setActiveAccount(result.account);
    },
  };
}

/** Returns a check of `nestedAppAuth.isNAAChannelRecommended()`, false when teams-js throws. */
export async function loadNestedAuthRecommendation(): Promise<() => boolean> {
  const { nestedAppAuth } = await import('@microsoft/teams-js');
  return () => {
    try {
      return nestedAppAuth.isNAAChannelRecommended();
    } catch {
      return false;
    }
  };
}
