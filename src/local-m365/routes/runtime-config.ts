/** The tab's runtime config, which tells a tab on this origin to take tokens from the stand-in. */
import type { Hono } from 'hono';
import type { AppEnv } from '../context';

/** Path of the runtime config on the tab's origin; production hosting serves no such file. */
export const RUNTIME_CONFIG_PATH = '/risicoradar.config.json';

/**
 * Registers `GET /risicoradar.config.json` with `{"tenant": "local"}`. A tab that reads it uses
 * this origin as Graph and `/_local/token` for its tokens, also inside a Teams test host.
 */
export function registerRuntimeConfigRoute(app: Hono<AppEnv>): void {
  app.get(RUNTIME_CONFIG_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ tenant: 'local' });
  });
}
