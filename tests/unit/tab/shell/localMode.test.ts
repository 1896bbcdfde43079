import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createLocalTokenSource,
  fetchLocalUsers,
  loadChosenUser,
  LOCAL_USER_KEY,
  saveChosenUser,
} from '../../../../src/tab/shell/localMode';

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('local mode', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('token source posts the user and reuses the token', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({ access_token: 'token-1', expires_in: 3600 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const tokens = createLocalTokenSource('griet@zonnedorp.example');

    expect(await tokens.getToken()).toBe('token-1');
    expect(await tokens.getToken()).toBe('token-1');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/_local/token');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ user: 'griet@zonnedorp.example' });
    expect(Object.keys(localStorage)).toHaveLength(0);
    expect(Object.keys(sessionStorage)).toHaveLength(0);
  });

  it('token failure carries the status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ error: {} }, 400)),
    );

    await expect(createLocalTokenSource('nobody').getToken()).rejects.toMatchObject({
      status: 400,
    });
  });

  it('users are read from Graph-style value lists', async () => {
    const user = {
      id: 'u1',
      userPrincipalName: 'koen@zonnedorp.example',
      displayName: 'Koen Maes',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ value: [user, { broken: true }] })),
    );

    expect(await fetchLocalUsers()).toEqual([user]);
  });

  it('chosen user lives in sessionStorage only', () => {
    saveChosenUser('koen@zonnedorp.example');

    expect(sessionStorage.getItem(LOCAL_USER_KEY)).toBe('koen@zonnedorp.example');
    expect(loadChosenUser()).toBe('koen@zonnedorp.example');
    expect(Object.keys(localStorage)).toHaveLength(0);
    saveChosenUser(undefined);
    expect(loadChosenUser()).toBeUndefined();
  });
});
