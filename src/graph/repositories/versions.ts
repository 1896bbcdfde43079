/** SharePoint's own item versions, turned into a history of who changed which field when. */
import type { GraphApi } from '../api';
import type { ColumnDefinition } from '../schema';
import type { FieldChange, ItemChange } from '../store';
import type { Fields } from './fields';

/** One listItemVersion as Graph returns it. */
interface ListItemVersion {
  id: string;
  lastModifiedDateTime: string;
  lastModifiedBy?: { user?: { id?: string; displayName?: string } };
  fields?: Fields;
}

/** Reads the versions of one item, newest first as Graph lists them. */
export function readItemVersions(
  api: GraphApi,
  listPath: string,
  itemId: string,
): Promise<ListItemVersion[]> {
  return api.pages<ListItemVersion>(`${listPath}/items/${itemId}/versions?$expand=fields`);
}

// A person's id and UPN columns change together with its name column, so only the name column
// is shown. The client key never changes, so it is left out.
function shownColumns(columns: readonly ColumnDefinition[]): { name: string; label: string }[] {
  const hidden = (name: string) =>
    name === 'ClientKey' ||
    (name.endsWith('Id') && columns.some((column) => column.name === `${name.slice(0, -2)}Name`)) ||
    (name.endsWith('Upn') && columns.some((column) => column.name === `${name.slice(0, -3)}Name`));
  return [
    { name: 'Title', label: 'Titel' },
    ...columns
      .filter((column) => !hidden(column.name))
      .map((column) => ({ name: column.name, label: column.displayName })),
  ];
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

function diff(
  columns: readonly { name: string; label: string }[],
  before: Fields,
  after: Fields,
): FieldChange[] {
  return columns.flatMap(({ name, label }) => {
    const from = asText(before[name]);
    const to = asText(after[name]);
    return from === to ? [] : [{ field: name, label, from, to }];
  });
}

/**
 * Compares each version with the one before it, oldest first. The first version is the
 * creation and lists the fields it set.
 */
export function versionChanges(
  versions: readonly ListItemVersion[],
  columns: readonly ColumnDefinition[],
): ItemChange[] {
  const shown = shownColumns(columns);
  const oldestFirst = [...versions].sort(
    (a, b) => Number.parseFloat(a.id) - Number.parseFloat(b.id),
  );
  return oldestFirst.map((version, index) => ({
    version: version.id,
    modified: version.lastModifiedDateTime,
    modifiedBy: version.lastModifiedBy?.user?.displayName,
    created: index === 0,
    changes: diff(
      shown,
      index === 0 ? {} : (oldestFirst[index - 1]!.fields ?? {}),
      version.fields ?? {},
    ),
  }));
}
