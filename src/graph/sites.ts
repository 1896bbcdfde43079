/** Finds the team's site and the app's lists on it, once per session. */
import type { GraphApi } from './api';
import type { ListId } from './schema';
import { LISTS } from './schema';

/** A list as `GET /sites/{id}/lists` returns it with `$select=id,displayName`. */
export interface SiteList {
  id: string;
  displayName: string;
}

/** Site id and list ids of one team, looked up lazily and cached. */
export class SiteDirectory {
  private siteId: Promise<string> | undefined;
  private listIds: Promise<Map<ListId, string>> | undefined;

  constructor(
    private readonly api: GraphApi,
    private readonly groupId: string,
  ) {}

  /** Returns the id of the team's root site (`GET /groups/{id}/sites/root`). */
  site(): Promise<string> {
    this.siteId ??= this.api
      .get<{ id: string }>(`/groups/${encodeURIComponent(this.groupId)}/sites/root?$select=id`)
      .then((site) => site.id)
      .catch((error: unknown) => {
        this.siteId = undefined;
        throw error;
      });
    return this.siteId;
  }

  /** Returns all lists of the site. */
  async lists(): Promise<SiteList[]> {
    const siteId = await this.site();
    return this.api.pages<SiteList>(`/sites/${siteId}/lists?$select=id,displayName`);
  }

  /** Returns the path `/sites/{site}/lists/{list}` of one of the app's lists. */
  async listPath(id: ListId): Promise<string> {
    const siteId = await this.site();
    const listId = (await this.resolveLists()).get(id);
    if (!listId) {
      throw new Error(`[graph] the list '${id}' does not exist yet; provision the team first`);
    }
    return `/sites/${siteId}/lists/${listId}`;
  }

  /** Replaces the cached list ids with the ones provisioning found or created. */
  remember(lists: Map<ListId, string>): void {
    this.listIds = Promise.resolve(lists);
  }

  private resolveLists(): Promise<Map<ListId, string>> {
    this.listIds ??= this.lists()
      .then((lists) => matchLists(lists))
      .catch((error: unknown) => {
        this.listIds = undefined;
        throw error;
      });
    return this.listIds;
  }
}

/** Maps the app's list ids to the site's lists by display name. */
export function matchLists(lists: SiteList[]): Map<ListId, string> {
  const found = new Map<ListId, string>();
  for (const definition of LISTS) {
    const list = lists.find((candidate) => candidate.displayName === definition.displayName);
    if (list) found.set(definition.id, list.id);
  }
  return found;
}
