import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectHost } from '../../../../src/tab/shell/host';
import { pickTheme, toLocale } from '../../../../src/tab/shell/usePreferences';
import { teamsDarkTheme, teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';

const initialize = vi.fn(async () => undefined);
vi.mock('@microsoft/teams-js', () => ({ app: { initialize, getContext: vi.fn() } }));

function serveRuntimeConfig(body: unknown, status = 200) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('host detection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('top-level window is local without loading teams-js', async () => {
    serveRuntimeConfig({ tenant: 'local' });

    expect(await detectHost(50)).toEqual({ kind: 'local' });

    // teams-js fetches from res.cdn.office.net on import, so it must stay unloaded here.
    expect(initialize).not.toHaveBeenCalled();
  });

  it('top-level window without stand-in has no host', async () => {
    serveRuntimeConfig({}, 404);

    expect(await detectHost(50)).toEqual({ kind: 'none' });
  });

  it('Teams locale picks the UI language', () => {
    expect(toLocale('en-US')).toBe('en');
    expect(toLocale('nl-BE')).toBe('nl');
    expect(toLocale('fr-BE')).toBe('nl');
    expect(toLocale(undefined)).toBe('nl');
  });

  it('Teams theme picks the Fluent theme', () => {
    expect(pickTheme('dark', true)).toBe(teamsDarkTheme);
    expect(pickTheme('contrast', true)).toBe(teamsHighContrastTheme);
    expect(pickTheme('default', false)).toBe(webLightTheme);
  });
});
