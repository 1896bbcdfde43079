/** The tab's runtime config: whether its origin is the local Microsoft 365 stand-in. */

/** The content of `/risicoradar.config.json`. */
export interface RuntimeConfig {
  /**
   * 'local' when the local stand-in serves the tab: Graph is the tab's own origin and tokens come
   * from `/_local/token`, also inside a Teams host. 'microsoft' when the file is absent, as in
   * production hosting: Microsoft Graph, and tokens from MSAL.
   */
  tenant: 'local' | 'microsoft';
}

/** Path of the runtime config, next to index.html. */
export const RUNTIME_CONFIG_FILE = 'risicoradar.config.json';

/** Reads the runtime config; a missing or malformed file means Microsoft 365. */
export async function readRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(new URL(RUNTIME_CONFIG_FILE, document.baseURI), {
      cache: 'no-store',
    });
    if (!response.ok) return { tenant: 'microsoft' };
    const body = (await response.json()) as { tenant?: unknown };
    return { tenant: body.tenant === 'local' ? 'local' : 'microsoft' };
  } catch {
    // Production hosting returns index.html or an error for an unknown file.
    return { tenant: 'microsoft' };
  }
}
