/** Column definitions: validation of new columns and the columns every generic list has. */
import { randomUUID } from 'node:crypto';
import { fail } from './errors';
import { COLUMN_TYPES, type ColumnDoc } from './sharepoint-model';

/** NOTE: SharePoint turns other characters into _xNNNN_ escapes; the stand-in rejects them instead. */
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function base(name: string, displayName: string): Omit<ColumnDoc, 'id'> {
  return {
    name,
    displayName,
    description: '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: false,
    required: false,
  };
}

/** Returns the columns SharePoint adds to every genericList: Title, and read-only system columns. */
export function genericListColumns(): ColumnDoc[] {
  const system = (name: string, facet: Partial<ColumnDoc>): ColumnDoc => ({
    ...base(name, name),
    id: randomUUID(),
    columnGroup: '_Hidden',
    readOnly: true,
    ...facet,
  });
  return [
    {
      ...base('Title', 'Title'),
      id: randomUUID(),
      columnGroup: 'Custom Columns',
      required: true,
      text: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
      },
    },
    system('Modified', { dateTime: { displayAs: 'default', format: 'dateTime' } }),
    system('Created', { dateTime: { displayAs: 'default', format: 'dateTime' } }),
    system('Author', {
      personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups' },
    }),
    system('Editor', {
      personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups' },
    }),
  ];
}

/** Validates a columnDefinition from a request body; raises 400 naming the problem. */
export function parseColumn(input: unknown, existing: ColumnDoc[]): ColumnDoc {
  if (typeof input !== 'object' || input === null)
    throw fail.badRequest('A column must be an object.');
  const body = input as Record<string, unknown>;
  const name = body.name;
  if (typeof name !== 'string' || !COLUMN_NAME.test(name)) {
    throw fail.badRequest(
      `Invalid column name '${String(name)}': use ASCII letters, digits and '_', starting with a letter.`,
    );
  }
  if (existing.some((column) => column.name.toLowerCase() === name.toLowerCase())) {
    throw fail.conflict(`A column named '${name}' already exists in this list.`);
  }
  const facets = COLUMN_TYPES.filter((type) => body[type] !== undefined);
  if (facets.length !== 1) {
    throw fail.badRequest(
      `Column '${name}' needs exactly one type facet, one of: ${COLUMN_TYPES.join(', ')}.`,
    );
  }
  const facet = facets[0] as (typeof COLUMN_TYPES)[number];
  const unique = body.enforceUniqueValues === true;
  const column: ColumnDoc = {
    ...base(name, typeof body.displayName === 'string' ? body.displayName : name),
    id: randomUUID(),
    description: typeof body.description === 'string' ? body.description : '',
    enforceUniqueValues: unique,
    // SharePoint rejects unique values on a column without an index, so it indexes such columns.
    indexed: body.indexed === true || unique,
    hidden: body.hidden === true,
    required: body.required === true,
    [facet]: { ...(body[facet] as object) },
  };
  const maxLength = column.text?.maxLength;
  if (
    maxLength !== undefined &&
    !(Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= 255)
  ) {
    throw fail.badRequest(`Column '${name}': text maxLength must be from 1 to 255.`);
  }
  return column;
}
