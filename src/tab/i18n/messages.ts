/** Typed message catalogues: each feature defines its Dutch messages and an English translation per key. */
import { createContext, useCallback, useContext } from 'react';

export type Locale = 'nl' | 'en';

export type MessageParams = Record<string, string | number>;

/** A feature's catalogue: Dutch is the source, English must translate every Dutch key. */
export interface MessageCatalogue<K extends string> {
  nl: Record<K, string>;
  en: Record<K, string>;
}

/** Defines a catalogue; the type makes a missing English key a compile error. */
export function defineMessages<K extends string>(
  nl: Record<K, string>,
  en: Record<K, string>,
): MessageCatalogue<K> {
  return { nl, en };
}

/** Replaces `{name}` placeholders with the given values. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Looks a key up; a key missing at run time throws in development and shows the key in production. */
export function translate<K extends string>(
  catalogue: MessageCatalogue<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  const template = catalogue[locale][key] ?? catalogue.nl[key];
  if (template === undefined) {
    if (import.meta.env.DEV) throw new Error(`[i18n] missing message "${key}"`);
    return key;
  }
  return formatMessage(template, params);
}

export const LocaleContext = createContext<Locale>('nl');

/** Returns a translate function bound to the current locale and the given catalogue. */
export function useMessages<K extends string>(catalogue: MessageCatalogue<K>) {
  const locale = useContext(LocaleContext);
  return useCallback(
    (key: K, params?: MessageParams) => translate(catalogue, locale, key, params),
    [catalogue, locale],
  );
}

/** Returns the current UI locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Picks the text of a content value (`{ nl, en }`) for the locale. */
export function pickText(text: { nl: string; en: string }, locale: Locale): string {
  return text[locale] || text.nl;
}
