/** The entry page of the tab: the channel tab, its configuration or removal, or "Mijn acties". */

/** The entry points of the app package: configurationUrl, removeUrl, personal and channel tabs. */
export type Entry = 'config' | 'remove' | 'myActions' | 'content';

/** Reads the entry from the hash the manifest's URLs carry, or from Teams' frame context. */
export function readEntry(hash: string, frameContext?: string): Entry {
  if (frameContext === 'settings' || hash.startsWith('#/config')) return 'config';
  if (frameContext === 'remove' || hash.startsWith('#/remove')) return 'remove';
  if (hash.startsWith('#/my-actions')) return 'myActions';
  return 'content';
}
