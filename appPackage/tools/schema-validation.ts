import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The manifest schema files that ship in @microsoft/app-manifest, one folder per version. */
export const SCHEMA_ROOT = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

const validators = new Map<string, ValidateFunction>();

function compile(file: string): ValidateFunction {
  const cached = validators.get(file);
  if (cached) return cached;
  // The Teams schemas are draft-04 and use keywords and formats that Ajv's strict mode rejects.
  // The localization schema has patterns such as `\b]` that are invalid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
  validators.set(file, validate);
  return validate;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath || '/';
  const extra = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (extra.additionalProperty) return `${path} has unknown property "${extra.additionalProperty}"`;
  if (extra.allowedValues) return `${path} ${error.message}: ${extra.allowedValues.join(', ')}`;
  return `${path} ${error.message ?? 'is invalid'}`;
}

function schemaFile(manifestVersion: unknown, name: string): string {
  if (typeof manifestVersion !== 'string' || !/^\d+\.\d+$/.test(manifestVersion)) {
    throw new Error(`[app-package] manifestVersion "${String(manifestVersion)}" is invalid`);
  }
  return join(SCHEMA_ROOT, `v${manifestVersion}`, name);
}

function validateWith(file: string, document: unknown): string[] {
  const validate = compile(file);
  return validate(document) ? [] : (validate.errors ?? []).map(describe);
}

/** Validates a filled-in manifest against Microsoft's schema for its manifestVersion. */
export function validateManifestSchema(manifest: { manifestVersion?: unknown }): string[] {
  return validateWith(schemaFile(manifest.manifestVersion, 'MicrosoftTeams.schema.json'), manifest);
}

/** Validates a localization file against the localization schema of the manifest's version. */
export function validateLocalizationSchema(manifestVersion: string, file: unknown): string[] {
  return validateWith(schemaFile(manifestVersion, 'MicrosoftTeams.Localization.schema.json'), file);
}
