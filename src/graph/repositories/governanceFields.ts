/** Column conversions the governance lists share: parties as text and nested values as JSON. */
import type { PartyRef } from '../../domain/governance/model';
import type { Risk } from '../../domain/model';
import { readText, type Fields } from './fields';

const PARTNER_PREFIX = 'partner:';

/** Writes a party as 'organisation' or 'partner:{key}', the form `partyId` uses. */
export function writeParty(party: PartyRef): string {
  return party.kind === 'organisation' ? 'organisation' : `${PARTNER_PREFIX}${party.partnerKey}`;
}

/** Reads a party column; an empty or unknown value is read as the bestuur itself. */
export function readParty(fields: Fields, name: string): PartyRef {
  const stored = readText(fields, name) ?? '';
  if (stored.startsWith(PARTNER_PREFIX)) {
    return { kind: 'partner', partnerKey: stored.slice(PARTNER_PREFIX.length) };
  }
  return { kind: 'organisation' };
}

/** Writes a value as JSON text, or an empty string for undefined so the column is cleared. */
export function writeJson(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

/**
 * Reads a JSON column. A value that is not valid JSON, or that `accept` rejects, gives the
 * fallback and is logged, because a hand edit in SharePoint must not break the whole page.
 */
export function readJson<T>(
  fields: Fields,
  name: string,
  accept: (value: unknown) => value is T,
  fallback: T,
): T {
  const stored = readText(fields, name);
  if (stored === undefined) return fallback;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (accept(parsed)) return parsed;
  } catch {
    // Reported below with the column name.
  }
  console.error(`[graph] governance: the column ${name} does not hold the expected JSON, ignored`);
  return fallback;
}

/** True for an array of strings. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** Reads an optional JSON column that holds an object. */
export function readOptionalObject<T>(fields: Fields, name: string): T | undefined {
  const isObject = (value: unknown): value is T | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return readJson<T | undefined>(fields, name, isObject, undefined);
}

/** Reads an optional number column; an empty value gives undefined. */
export function readOptionalNumber(fields: Fields, name: string): number | undefined {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  return Number(value);
}

/** The risk columns that link a risk to assets and partners. */
export const RISK_LINK_COLUMNS = ['AssetKeys', 'PartnerKeys'];

/** Returns the link columns of a risk. An absent list clears the column. */
export function riskLinkFields(risk: Risk): Fields {
  return {
    AssetKeys: risk.assetKeys?.length ? JSON.stringify(risk.assetKeys) : '',
    PartnerKeys: risk.partnerKeys?.length ? JSON.stringify(risk.partnerKeys) : '',
  };
}

/** Reads the link columns of a risk; empty lists are left out. */
export function readRiskLinks(fields: Fields): Pick<Risk, 'assetKeys' | 'partnerKeys'> {
  const assetKeys = readJson(fields, 'AssetKeys', isStringArray, []);
  const partnerKeys = readJson(fields, 'PartnerKeys', isStringArray, []);
  return {
    ...(assetKeys.length > 0 ? { assetKeys } : {}),
    ...(partnerKeys.length > 0 ? { partnerKeys } : {}),
  };
}
