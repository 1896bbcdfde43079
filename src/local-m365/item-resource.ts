/** Graph's representation of list items: listItem, fieldValueSet, versions and ETags. */
import type { LocalM365State } from './context';
import { fail } from './errors';
import type { SiteDoc } from './seed';
import { type ItemDoc, type ListDoc, identitySet, siteUserLookupId } from './sharepoint-model';

/** NOTE: Graph documents no default page size for list items; 200 is what SharePoint pages by. */
export const DEFAULT_ITEM_PAGE_SIZE = 200;
/** Largest `$top` accepted; SharePoint's list view threshold. */
export const MAX_ITEM_PAGE_SIZE = 5000;
/** Returns an item's ETag as SharePoint writes it: the item's GUID in braces and its version, quoted. */
export function itemEtag(item: ItemDoc): string {
  return `"{${item.uniqueId.toUpperCase()}},${item.version}"`;
}

/** Raises 412 unless `ifMatch` is absent, `*` or the item's current ETag (with or without W/). */
export function checkItemIfMatch(item: ItemDoc, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const sent = ifMatch.trim().replace(/^W\//, '');
  const current = itemEtag(item);
  if (sent === current || `"${sent}"` === current) return;
  // NOTE: the status is documented; the code and message are as SharePoint sends them through Graph.
  throw fail.preconditionFailed(
    'The version of the item has changed since it was read. Read it again and retry.',
    'resourceModified',
  );
}

/** The fields an item returns: stored values plus SharePoint's system fields; nulls are left out. */
export function fieldValueSet(item: ItemDoc, select?: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    '@odata.etag': itemEtag(item),
    ...Object.fromEntries(Object.entries(item.fields).filter(([, value]) => value !== null)),
    id: item.id,
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: siteUserLookupId(item.createdById),
    EditorLookupId: siteUserLookupId(item.lastModifiedById),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields.Title ?? '',
    LinkTitle: item.fields.Title ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
  for (const [key, value] of Object.entries(item.fields)) {
    if (Array.isArray(value)) all[`${key}@odata.type`] = 'Collection(Edm.String)';
  }
  if (!select) return all;
  const wanted = new Set(select);
  return Object.fromEntries(
    Object.entries(all).filter(
      ([key]) => key === '@odata.etag' || wanted.has(key.replace(/@odata\.type$/, '')),
    ),
  );
}

/** Graph's listItem; `fields` only when `$expand`ed (with its nested select, if any). */
export function itemResource(
  state: LocalM365State,
  site: SiteDoc,
  list: ListDoc,
  item: ItemDoc,
  fields: { expand: boolean; select?: string[] },
): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    '@odata.etag': itemEtag(item),
    createdDateTime: item.createdDateTime,
    eTag: itemEtag(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${site.webUrl}/Lists/${list.name}/DispForm.aspx?ID=${item.id}`,
    createdBy: identitySet(state, item.createdById),
    lastModifiedBy: identitySet(state, item.lastModifiedById),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (fields.expand) resource.fields = fieldValueSet(item, fields.select);
  return resource;
}

/** Graph's listItemVersion list for an item, newest first. */
export function versionResources(state: LocalM365State, item: ItemDoc): object[] {
  return [...item.versions].reverse().map((version) => ({
    id: `${version.version}.0`,
    lastModifiedDateTime: version.modifiedDateTime,
    lastModifiedBy: identitySet(state, version.modifiedById),
    fields: Object.fromEntries(
      Object.entries(version.fields).filter(([, value]) => value !== null),
    ),
  }));
}
