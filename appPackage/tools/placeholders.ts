/** Variable values by name, as read from an env file or the process environment. */
export type Variables = Readonly<Record<string, string | undefined>>;

// Placeholders look like ${{NAME}}, as in Agents Toolkit templates, with optional inner spaces.
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Raised when a template refers to variables that have no value. */
export class MissingVariablesError extends Error {
  constructor(readonly names: readonly string[]) {
    super(`[app-package] missing values for ${names.join(', ')}: set them in env/.env.<env>`);
    this.name = 'MissingVariablesError';
  }
}

/** Parses an env file: `NAME=value` lines, `#` comments and optional quotes around the value. */
export function parseEnvFile(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const separator = trimmed.indexOf('=');
    if (separator <= 0) continue;
    const name = trimmed.slice(0, separator).trim();
    const value = trimmed.slice(separator + 1).trim();
    variables[name] = value.replace(/^(["'])(.*)\1$/, '$2');
  }
  return variables;
}

/** Lists the distinct placeholder names in a template, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every placeholder in a JSON template with its value, escaped as JSON string content,
 * so that a value with quotes or backslashes cannot change the document's structure.
 * Throws MissingVariablesError, naming all of them, when any value is missing or empty.
 */
export function fillJsonTemplate(template: string, variables: Variables): string {
  const missing = placeholderNames(template).filter((name) => !variables[name]);
  if (missing.length > 0) throw new MissingVariablesError(missing);
  return template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify(variables[name]).slice(1, -1),
  );
}
