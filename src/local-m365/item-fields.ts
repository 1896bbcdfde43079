/** Validation of list item field values against their columns, as SharePoint applies it. */
import { fail } from './errors';
import type { ColumnDoc, ItemDoc, ListDoc } from './sharepoint-model';

/** SharePoint's limit for single-line text. */
export const SINGLE_LINE_MAX = 255;
/** NOTE: SharePoint documents no hard limit for multi-line text through Graph; this guard is ours. */
export const MULTI_LINE_MAX = 1_000_000;

const MULTI_VALUE_TYPE = 'Collection(Edm.String)';

function columnType(column: ColumnDoc): string {
  for (const type of [
    'text',
    'number',
    'boolean',
    'dateTime',
    'choice',
    'personOrGroup',
  ] as const) {
    if (column[type]) return type;
  }
  return 'text';
}

function checkText(column: ColumnDoc, value: unknown): string {
  if (typeof value !== 'string')
    throw fail.badRequest(`Field '${column.name}' needs a text value.`);
  const multiLine = column.text?.allowMultipleLines === true;
  const max = multiLine
    ? MULTI_LINE_MAX
    : Math.min(column.text?.maxLength ?? SINGLE_LINE_MAX, SINGLE_LINE_MAX);
  if (value.length > max) {
    // NOTE: Graph's wording for this error is undocumented; the status 400 is what SharePoint sends.
    throw fail.badRequest(
      `Field '${column.name}' is ${value.length} characters long; its maximum length is ${max} characters.`,
    );
  }
  return value;
}

function checkNumber(column: ColumnDoc, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fail.badRequest(`Field '${column.name}' needs a number.`);
  }
  const { minimum, maximum } = column.number ?? {};
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    throw fail.badRequest(
      `Field '${column.name}' must be from ${minimum ?? '-∞'} to ${maximum ?? '∞'}.`,
    );
  }
  return value;
}

function checkDate(column: ColumnDoc, value: unknown): string {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw fail.badRequest(
      `Field '${column.name}' needs an ISO 8601 date, e.g. 2026-12-04T00:00:00Z.`,
    );
  }
  // NOTE: SharePoint stores dateOnly values at midnight in the site's time zone; the stand-in uses UTC.
  const iso = date.toISOString().slice(0, 19) + 'Z';
  return column.dateTime?.format === 'dateOnly' ? iso.slice(0, 10) + 'T00:00:00Z' : iso;
}

function checkChoice(column: ColumnDoc, value: unknown, annotation: unknown): string | string[] {
  if (Array.isArray(value)) {
    if (annotation !== MULTI_VALUE_TYPE) {
      throw fail.badRequest(
        `Field '${column.name}' got an array; send '${column.name}@odata.type': '${MULTI_VALUE_TYPE}' with it.`,
      );
    }
    if (!value.every((entry) => typeof entry === 'string')) {
      throw fail.badRequest(`Field '${column.name}' needs an array of strings.`);
    }
    return value as string[];
  }
  if (typeof value !== 'string')
    throw fail.badRequest(`Field '${column.name}' needs a choice value.`);
  // NOTE: SharePoint accepts values outside `choices` through the API; so does the stand-in.
  return value;
}

function checkValue(column: ColumnDoc, value: unknown, annotation: unknown): unknown {
  if (value === null) return null;
  switch (columnType(column)) {
    case 'number':
      return checkNumber(column, value);
    case 'boolean':
      if (typeof value !== 'boolean')
        throw fail.badRequest(`Field '${column.name}' needs true or false.`);
      return value;
    case 'dateTime':
      return checkDate(column, value);
    case 'choice':
      return checkChoice(column, value, annotation);
    default:
      return checkText(column, value);
  }
}

/** Validates a write of `input` to a list; returns the values to store, keyed by column name. */
export function validateFields(
  list: ListDoc,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.endsWith('@odata.type')) continue;
    const column = list.columns.find((candidate) => candidate.name === key);
    if (!column) throw fail.badRequest(`Field '${key}' is not recognized`);
    if (column.readOnly) throw fail.badRequest(`Field '${key}' is read-only`);
    result[key] = checkValue(column, value, input[`${key}@odata.type`]);
  }
  return result;
}

function sameValue(left: unknown, right: unknown): boolean {
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  return JSON.stringify(left) === JSON.stringify(right);
}

/** Raises 409 when a value would repeat another item's value in a column that enforces unique values. */
export function checkUnique(
  list: ListDoc,
  items: ItemDoc[],
  values: Record<string, unknown>,
  selfId?: string,
): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const value = values[column.name];
    if (value === undefined || value === null || value === '') continue;
    const clash = items.find(
      (item) => item.id !== selfId && sameValue(item.fields[column.name], value),
    );
    if (clash) {
      // NOTE: Graph does not document this error. SharePoint's own message is this one; the 409 and
      // the code are our guess.
      throw fail.conflict(
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${column.name}.`,
        'nameAlreadyExists',
      );
    }
  }
}
