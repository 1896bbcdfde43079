/** Stored SharePoint lists and items, and their Graph representations. */
import type { AppContext, LocalM365State } from './context';
import { fail } from './errors';
import { requireChannelMember, requireMember } from './auth';
import type { ChannelDoc, DemoUser, GroupDoc, SiteDoc } from './seed';
import { DEMO_USERS } from './seed';

/** A column as Graph's columnDefinition, with exactly one type facet. */
export interface ColumnDoc {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  enforceUniqueValues: boolean;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  required: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; [facet: string]: unknown };
  number?: { minimum?: number; maximum?: number; [facet: string]: unknown };
  boolean?: Record<string, unknown>;
  dateTime?: { format?: 'dateOnly' | 'dateTime'; [facet: string]: unknown };
  choice?: { choices?: string[]; allowTextEntry?: boolean; [facet: string]: unknown };
  personOrGroup?: Record<string, unknown>;
}

/** The type facets the stand-in accepts on new columns. */
export const COLUMN_TYPES = ['text', 'number', 'boolean', 'dateTime', 'choice'] as const;

/** A stored list. */
export interface ListDoc {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  columns: ColumnDoc[];
}

/** One stored version of an item's fields. */
export interface ItemVersion {
  version: number;
  fields: Record<string, unknown>;
  modifiedDateTime: string;
  modifiedById: string;
}

/** A stored list item; `versions` contains every version, newest last. */
export interface ItemDoc {
  id: string;
  listId: string;
  uniqueId: string;
  version: number;
  fields: Record<string, unknown>;
  createdDateTime: string;
  createdById: string;
  lastModifiedDateTime: string;
  lastModifiedById: string;
  versions: ItemVersion[];
  /** Number of the last change to the item, counted across the store, for delta queries. */
  changeSeq?: number;
}

/** Store key of an item: ids are numbers counted per list. */
export function itemKey(listId: string, itemId: string): string {
  return `${listId}:${itemId}`;
}

/** Graph's identitySet for a demo user. */
export function identitySet(state: LocalM365State, userId: string): object {
  const user = state.store.get<DemoUser>('user', userId);
  return { user: { email: user?.mail, id: userId, displayName: user?.displayName ?? '' } };
}

/** Returns the user's id in the site's User Information List, as person LookupId fields carry it. */
export function siteUserLookupId(userId: string): string {
  const index = DEMO_USERS.findIndex((user) => user.id === userId);
  return String(index < 0 ? 1 : index + 7);
}

/**
 * Returns the site and checks that the caller is a member of its group, and for a private
 * channel's site a member of that channel; 404 when unknown.
 */
export function resolveSite(c: AppContext, state: LocalM365State, siteId: string): SiteDoc {
  const site = state.store.get<SiteDoc>('site', siteId);
  if (!site) throw fail.notFound(`Site '${siteId}' was not found.`);
  const group = state.store.get<GroupDoc>('group', site.groupId);
  if (group) requireMember(c, group);
  const channel = site.channelId
    ? state.store.get<ChannelDoc>('channel', site.channelId)
    : undefined;
  if (channel) requireChannelMember(c, channel);
  return site;
}

/** Returns a list of the site by id or by display name, as Graph allows both; 404 when unknown. */
export function resolveList(state: LocalM365State, site: SiteDoc, reference: string): ListDoc {
  const lists = state.store.children<ListDoc>('list', site.id);
  const wanted = reference.toLowerCase();
  const list =
    lists.find((candidate) => candidate.id.toLowerCase() === wanted) ??
    lists.find((candidate) => candidate.displayName.toLowerCase() === wanted);
  if (!list) throw fail.notFound(`List '${reference}' does not exist at site '${site.id}'.`);
  return list;
}

/** Graph's representation of a site. */
export function siteResource(site: SiteDoc): object {
  return {
    id: site.id,
    createdDateTime: site.createdDateTime,
    lastModifiedDateTime: site.lastModifiedDateTime,
    name: site.name,
    displayName: site.displayName,
    webUrl: site.webUrl,
    siteCollection: { hostname: site.id.split(',')[0] },
  };
}
