/** Conversions between entity values and SharePoint list item fields. */
import type { Person, StoredRecord } from '../../domain/model';
import { isDateOnly } from '../../domain/dates';
import { GraphValidationError } from '../validation';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, type ListId } from '../schema';

/** A list item's `fields`, as Graph returns them. */
export type Fields = Record<string, unknown>;

/** The mapping between one entity and its list item fields. */
export interface EntityMapper<T extends StoredRecord> {
  list: ListId;
  /** Columns to read besides Title and ClientKey. */
  columns: string[];
  /** Throws a GraphValidationError for input the lists cannot store. */
  validate(record: T): void;
  toFields(record: T): Fields;
  fromFields(fields: Fields): Omit<T, keyof StoredRecord>;
}

/** A list item with the parts the repositories read. */
export interface ListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  lastModifiedDateTime?: string;
  fields?: Fields;
}

/** Returns the three person columns for a person, or empty strings to clear them. */
export function personFields(prefix: string, person: Person | undefined): Fields {
  return {
    [`${prefix}Id`]: person?.id ?? '',
    [`${prefix}Upn`]: person?.userPrincipalName ?? '',
    [`${prefix}Name`]: person?.displayName ?? '',
  };
}

/** Reads a person from its three columns; undefined when the id column is empty. */
export function readPerson(fields: Fields, prefix: string): Person | undefined {
  const id = readText(fields, `${prefix}Id`);
  if (!id) return undefined;
  return {
    id,
    userPrincipalName: readText(fields, `${prefix}Upn`) ?? '',
    displayName: readText(fields, `${prefix}Name`) ?? '',
  };
}

/** Reads a text column; an empty or missing value gives undefined. */
export function readText(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/** Reads a number column; a missing value gives the fallback. */
export function readNumber(fields: Fields, name: string, fallback: number): number {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return fallback;
  return Number(value);
}

/** Returns the column names for `expand=fields(select=...)`. */
export function personColumns(prefix: string): string[] {
  return [`${prefix}Id`, `${prefix}Upn`, `${prefix}Name`];
}

/**
 * Rejects a title over 255 characters before any request. Length is counted in UTF-16 code
 * units, as SharePoint and Planner count it, so an emoji counts as two.
 */
export function checkTitle(title: string, field = 'title'): void {
  if (title.length > MAX_TITLE_LENGTH) {
    throw GraphValidationError.tooLong(field, MAX_TITLE_LENGTH, title.length);
  }
}

/** Rejects free text over the app's limit of 10,000 characters. */
export function checkText(text: string | undefined, field: string): void {
  if (text !== undefined && text.length > MAX_TEXT_LENGTH) {
    throw GraphValidationError.tooLong(field, MAX_TEXT_LENGTH, text.length);
  }
}

/** Rejects a date that is not `YYYY-MM-DD`; an absent date is fine. */
export function checkDate(date: string | undefined, field: string): void {
  if (date !== undefined && !isDateOnly(date)) throw GraphValidationError.invalidDate(field, date);
}

/** Returns the item's ETag, wherever the response put it. */
export function itemEtag(item: ListItem): string | undefined {
  return item['@odata.etag'] ?? item.eTag ?? (item.fields?.['@odata.etag'] as string | undefined);
}
