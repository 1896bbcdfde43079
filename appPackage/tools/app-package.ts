import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIcon, checkManifestRules, type ManifestFields } from './manifest-checks';
import { fillJsonTemplate, type Variables } from './placeholders';
import { validateLocalizationSchema, validateManifestSchema } from './schema-validation';
import { writeZip, type ZipEntry } from './zip';

/** Raised when the app package is invalid. `problems` lists every finding, one sentence each. */
export class AppPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`[app-package] the app package is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'AppPackageError';
  }
}

/** The manifest fields that name the other files of the package. */
interface PackageManifest extends ManifestFields {
  manifestVersion: string;
  icons: { color: string; outline: string };
  localizationInfo?: { additionalLanguages?: { languageTag: string; file: string }[] };
}

/** A validated app package: the filled-in manifest and the zip archive that carries it. */
export interface AppPackage {
  manifest: PackageManifest;
  entries: ZipEntry[];
  zip: Buffer;
}

function readFilled(appPackageDir: string, name: string, variables: Variables): string {
  const path = join(appPackageDir, name);
  if (!existsSync(path)) throw new AppPackageError([`${name} is missing in ${appPackageDir}`]);
  return fillJsonTemplate(readFileSync(path, 'utf8'), variables);
}

function localizationEntries(dir: string, manifest: PackageManifest, variables: Variables) {
  const problems: string[] = [];
  const entries: ZipEntry[] = [];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const text = readFilled(dir, file, variables);
    const found = validateLocalizationSchema(manifest.manifestVersion, JSON.parse(text));
    problems.push(...found.map((problem) => `${file}: ${problem}`));
    entries.push({ name: file, data: Buffer.from(text) });
  }
  return { problems, entries };
}

function iconEntries(dir: string, manifest: PackageManifest) {
  const problems: string[] = [];
  const entries: ZipEntry[] = [];
  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons[kind];
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push(`icon ${name} is missing in ${dir}`);
      continue;
    }
    const data = readFileSync(path);
    problems.push(...checkIcon(name, data, kind));
    entries.push({ name, data });
  }
  return { problems, entries };
}

/**
 * Builds the Teams app package from the templates in `appPackageDir`: fills in the ${{NAME}}
 * placeholders, validates the manifest and its localization files against Microsoft's schemas,
 * checks the icons and the rules in manifest-checks.ts, and zips the result.
 * Throws MissingVariablesError or AppPackageError, listing every problem found.
 */
export function buildAppPackage(appPackageDir: string, variables: Variables): AppPackage {
  const manifestText = readFilled(appPackageDir, 'manifest.json', variables);
  const manifest = JSON.parse(manifestText) as PackageManifest;
  const schemaProblems = validateManifestSchema(manifest).map((p) => `manifest.json: ${p}`);
  // The later checks read fields that the schema guarantees, so schema errors are reported alone.
  if (schemaProblems.length > 0) throw new AppPackageError(schemaProblems);

  const localization = localizationEntries(appPackageDir, manifest, variables);
  const icons = iconEntries(appPackageDir, manifest);
  const problems = [
    ...checkManifestRules(manifest).map((problem) => `manifest.json: ${problem}`),
    ...localization.problems,
    ...icons.problems,
  ];
  if (problems.length > 0) throw new AppPackageError(problems);

  const entries = [
    { name: 'manifest.json', data: Buffer.from(manifestText) },
    ...icons.entries,
    ...localization.entries,
  ];
  return { manifest, entries, zip: writeZip(entries) };
}
