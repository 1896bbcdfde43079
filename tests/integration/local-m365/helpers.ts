/** In-process helpers for the stand-in's tests: a fresh app, tokens and JSON requests. */
import { createLocalM365App } from '../../../src/local-m365/index';
import { APP_SCOPES } from '../../../src/local-m365/auth';
import { SITE_ID } from '../../../src/local-m365/seed';

/** The pinned clock of every in-process test. */
export const PINNED_NOW = new Date('2026-12-04T09:00:00Z');

/** Creates a fresh stand-in over an in-memory database with a pinned clock. */
export function freshStandIn() {
  const standIn = createLocalM365App({
    dbPath: ':memory:',
    now: () => PINNED_NOW,
    logErrors: false,
  });
  const { app } = standIn;

  async function token(user: string, scopes: readonly string[] = APP_SCOPES): Promise<string> {
    const response = await app.request('/_local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, scopes }),
    });
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
  }

  async function call(
    accessToken: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return app.request(`/v1.0${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  return { ...standIn, token, call };
}

/** Path of the demo team site. */
export const SITE = `/sites/${SITE_ID}`;
