import { describe, expect, it, vi } from 'vitest';
import { detectHost } from '../../../../src/tab/shell/host';
import { pickTheme, toLocale } from '../../../../src/tab/shell/usePreferences';
import { teamsDarkTheme, teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';

const initialize = vi.fn(async () => undefined);
vi.mock('@microsoft/teams-js', () => ({ app: { initialize, getContext: vi.fn() } }));

describe('host detection', () => {
  it('top-level window is local without loading teams-js', async () => {
    expect(await detectHost(50)).toEqual({ kind: 'local' });

    // teams-js fetches from res.cdn.office.net on import, so it must stay unloaded here.
    expect(initialize).not.toHaveBeenCalled();
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
