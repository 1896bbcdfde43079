// Builds appPackage/build/appPackage.<env>.zip for sideloading or the organisation's app catalogue.
// Usage: npm run app-package [-- --env prod]   (default env: dev)
// Values for the ${{NAME}} placeholders come from env/.env.<env>; process environment variables
// with the same name take precedence, so a CI pipeline can set them without a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppPackageError, buildAppPackage } from '../appPackage/tools/app-package';
import { MissingVariablesError, parseEnvFile } from '../appPackage/tools/placeholders';

const root = fileURLToPath(new URL('..', import.meta.url));
const appPackageDir = `${root}appPackage`;

function readEnvironment(env: string): Record<string, string | undefined> {
  const file = `${root}env/.env.${env}`;
  if (!existsSync(file)) {
    console.warn(`[app-package] ${file} not found; using process environment variables only`);
    return { ...process.env };
  }
  return { ...parseEnvFile(readFileSync(file, 'utf8')), ...process.env };
}

function main(): number {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' } } });
  const env = values.env;
  if (!/^[a-z0-9-]+$/i.test(env)) {
    console.error(`[app-package] invalid --env "${env}": use letters, digits and hyphens only`);
    return 2;
  }
  try {
    const appPackage = buildAppPackage(appPackageDir, readEnvironment(env));
    mkdirSync(`${appPackageDir}/build`, { recursive: true });
    const zipPath = `${appPackageDir}/build/appPackage.${env}.zip`;
    writeFileSync(zipPath, appPackage.zip);
    const manifest = appPackage.entries.find((entry) => entry.name === 'manifest.json');
    writeFileSync(`${appPackageDir}/build/manifest.${env}.json`, manifest?.data ?? '');
    const names = appPackage.entries.map((entry) => entry.name).join(', ');
    console.log(`[app-package] wrote ${zipPath} (${names})`);
    return 0;
  } catch (error) {
    if (error instanceof MissingVariablesError || error instanceof AppPackageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
