/** Locale and theme: from the Teams context in Teams, chosen by the user in local mode. */
import { useEffect, useState } from 'react';
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Locale } from '../i18n/messages';
import { onTeamsThemeChange, type HostInfo, type TeamsThemeName } from './host';

/** The appearance choices; they match the Teams theme names. */
export type ThemeName = TeamsThemeName;

const LOCALE_KEY = 'risicoradar.locale';

/** Maps a Teams locale such as "en-US" or "nl-BE" to a UI locale; Dutch unless it is English. */
export function toLocale(teamsLocale: string | undefined): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Picks the Fluent theme: Teams themes inside Teams, web themes locally. */
export function pickTheme(name: ThemeName, inTeams: boolean): Theme {
  if (name === 'contrast') return teamsHighContrastTheme;
  if (name === 'dark') return inTeams ? teamsDarkTheme : webDarkTheme;
  return inTeams ? teamsLightTheme : webLightTheme;
}

/** Returns the current locale and theme, and setters for the switches. */
export function usePreferences(host: HostInfo | undefined) {
  const [locale, setLocale] = useState<Locale>(
    () => (sessionStorage.getItem(LOCALE_KEY) as Locale | null) ?? 'nl',
  );
  const [themeName, setThemeName] = useState<ThemeName>('default');

  useEffect(() => {
    if (host?.kind !== 'teams') return;
    setLocale(toLocale(host.context.locale));
    setThemeName(host.context.theme);
    onTeamsThemeChange(setThemeName).catch((error: unknown) =>
      console.error('[shell] registering the Teams theme handler failed', error),
    );
  }, [host]);

  useEffect(() => {
    sessionStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale === 'en' ? 'en' : 'nl-BE';
  }, [locale]);

  const theme = pickTheme(themeName, host?.kind === 'teams');
  return { locale, setLocale, themeName, setThemeName, theme };
}
