/** The tab's instance config that Teams stores on Save: where the tab and its remove page are. */

/** The entity id of the channel tab; deep links carry it, and `context.page.id` returns it. */
export const TAB_ENTITY_ID = 'risicoradar';

/** The argument of `pages.config.setConfig`. */
export interface TabInstanceConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
  removeUrl: string;
}

/** Builds the config: the tab opens on the risk register, and the remove page explains where data stays. */
export function tabInstanceConfig(origin: string): TabInstanceConfig {
  return {
    contentUrl: `${origin}/index.html#/risks`,
    websiteUrl: `${origin}/index.html#/risks`,
    entityId: TAB_ENTITY_ID,
    suggestedDisplayName: 'Risicoradar',
    removeUrl: `${origin}/index.html#/remove`,
  };
}

/**
 * Enables Save and stores the config when the user presses it. teams-js is already initialised
 * by host detection; outside Teams this does nothing.
 */
export async function registerTeamsSave(origin: string): Promise<void> {
  const { pages } = await import('@microsoft/teams-js');
  if (!pages.config.isSupported()) return;
  pages.config.registerOnSaveHandler((event) => {
    pages.config
      .setConfig(tabInstanceConfig(origin))
      .then(() => event.notifySuccess())
      .catch((error: unknown) => {
        console.error('[config] setConfig failed', error);
        event.notifyFailure(error instanceof Error ? error.message : String(error));
      });
  });
  pages.config.setValidityState(true);
}
