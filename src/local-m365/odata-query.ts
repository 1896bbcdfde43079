/** OData system query options as Graph reads them: `$select`, `$expand`, `$top`, and bodies. */
import type { AppContext } from './context';
import { fail } from './errors';

/** Returns a query option given as `$name` or, as Graph also accepts, `name`. */
export function queryOption(c: AppContext, name: string): string | undefined {
  return c.req.query(`$${name}`) ?? c.req.query(name);
}

/** Splits a comma-separated option outside parentheses: "a,fields(select=b,c)" → two parts. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Parses `$select` into names, or undefined when absent. */
export function parseSelect(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : splitTopLevel(text).filter(Boolean);
}

/** One `$expand` entry with its nested `select`, if any. */
export interface ExpandEntry {
  name: string;
  select?: string[];
}

/** Parses `$expand`, e.g. "fields(select=Title,Status)" or "fields($select=Title)". */
export function parseExpand(text: string | undefined): ExpandEntry[] {
  if (!text) return [];
  return splitTopLevel(text).map((part) => {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(part);
    if (!match?.[1]) throw fail.badRequest(`Invalid $expand entry '${part}'.`);
    const options = match[2] ?? '';
    const select = /\$?select=([^;]*)/.exec(options)?.[1];
    return select === undefined
      ? { name: match[1] }
      : { name: match[1], select: parseSelect(select) };
  });
}

/** Parses `$top` as a positive integer up to `max`, or returns undefined when absent. */
export function parseTop(c: AppContext, max: number): number | undefined {
  const text = queryOption(c, 'top');
  if (text === undefined) return undefined;
  const top = Number(text);
  if (!Number.isInteger(top) || top < 1 || top > max) {
    throw fail.badRequest(`Invalid $top '${text}': use a whole number from 1 to ${max}.`);
  }
  return top;
}

/** Keeps only the selected properties (and OData annotations); all of them without `$select`. */
export function applySelect<T extends object>(
  resource: T,
  select: string[] | undefined,
): Partial<T> {
  if (!select) return resource;
  const wanted = new Set(select);
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => wanted.has(key) || key.startsWith('@odata.')),
  ) as Partial<T>;
}

/** Reads the JSON object body of a request; raises 400 when it is missing or not an object. */
export async function readJsonObject(c: AppContext): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw fail.badRequest('The request body must be a JSON object.', 'BadRequest');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw fail.badRequest('The request body must be a JSON object.', 'BadRequest');
  }
  return body as Record<string, unknown>;
}

/** Decodes a path parameter once more where a caller encoded it twice or Hono left it encoded. */
export function pathParam(c: AppContext, name: string): string {
  const value = c.req.param(name) ?? '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
