import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillJsonTemplate } from '../../../appPackage/tools/placeholders';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The folder with the manifest template, the localization file and the icons. */
export const APP_PACKAGE_DIR = `${ROOT}appPackage`;

/** Values for every placeholder in the app package, shaped like what provisioning writes. */
export const TEST_VARIABLES = {
  TEAMS_APP_ID: '3f0b6c2e-8d1a-4c5e-9b7f-2a6d4e8c1f03',
  AAD_APP_CLIENT_ID: '7c1e4a9b-2f3d-4e6a-8b5c-9d0f1a2b3c4d',
  TAB_DOMAIN: 'risicoradar-test.azurestaticapps.net',
  DEVELOPER_NAME: 'Gemeente Voorbeeld',
  DEVELOPER_WEBSITE_URL: 'https://www.voorbeeld.be',
  DEVELOPER_PRIVACY_URL: 'https://www.voorbeeld.be/privacy',
  DEVELOPER_TERMS_OF_USE_URL: 'https://www.voorbeeld.be/gebruiksvoorwaarden',
} as const;

/** Reads a file of the repository as text. */
export function readText(relativePath: string): string {
  return readFileSync(`${ROOT}${relativePath}`, 'utf8');
}

/** Returns the manifest template with the test values filled in, as a mutable object. */
// Tests reach into and break arbitrary manifest fields, so a precise type would only get in the way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function filledManifest(): Record<string, any> {
  return JSON.parse(fillJsonTemplate(readText('appPackage/manifest.json'), TEST_VARIABLES));
}

/** Returns the test values without the named variables. */
export function variablesWithout(...names: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TEST_VARIABLES).filter(([name]) => !names.includes(name)),
  );
}
