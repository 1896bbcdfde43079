/** Graph calls for the Governance browser test: a token, list ids, seeded items and Planner tasks. */
import type { APIRequestContext } from 'playwright-core';
import type { StoredRecord } from '../../src/domain/model';
import type { EntityMapper } from '../../src/graph/repositories/fields';
import { DEMO_USERS, GROUP_ID, USER_IDS } from '../../src/local-m365';

/** The director, who signs in and owns the contract in the test. */
export const DIRECTOR = DEMO_USERS.find((user) => user.id === USER_IDS.director)!;

/** Graph through the stand-in with the director's token. */
export class StandInGraph {
  private token = '';

  constructor(
    private readonly request: APIRequestContext,
    private readonly url: string,
  ) {}

  /** Fetches a token from the stand-in's control surface. */
  async signIn(): Promise<void> {
    const response = await this.request.post(`${this.url}/_local/token`, {
      data: { user: DIRECTOR.userPrincipalName },
    });
    this.token = ((await response.json()) as { access_token: string }).access_token;
  }

  /** Sends a Graph request and returns the JSON body; a failure throws with the status. */
  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await this.request.fetch(`${this.url}/v1.0${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}` },
      data: body,
    });
    if (!response.ok()) throw new Error(`${method} ${path} failed with ${response.status()}`);
    return (await response.json()) as T;
  }

  /** Returns the path of the list with the given display name. */
  async listPath(displayName: string): Promise<string> {
    const site = await this.call<{ id: string }>('GET', `/groups/${GROUP_ID}/sites/root`);
    const lists = await this.call<{ value: { id: string; displayName: string }[] }>(
      'GET',
      `/sites/${site.id}/lists?$select=id,displayName&$top=100`,
    );
    const list = lists.value.find((entry) => entry.displayName === displayName);
    if (!list) throw new Error(`list ${displayName} not found`);
    return `/sites/${site.id}/lists/${list.id}`;
  }

  /** Writes a record through the app's own mapper, as the tab would. */
  async seed<T extends StoredRecord>(
    displayName: string,
    mapper: EntityMapper<T>,
    record: T,
  ): Promise<void> {
    const path = await this.listPath(displayName);
    await this.call('POST', `${path}/items`, {
      fields: { ...mapper.toFields(record), ClientKey: record.key },
    });
  }

  /** Counts the items of a list, following every page. */
  async countItems(displayName: string): Promise<number> {
    let next: string | undefined = `${await this.listPath(displayName)}/items?$top=200`;
    let count = 0;
    while (next) {
      const page: { value: unknown[]; '@odata.nextLink'?: string } = await this.call('GET', next);
      count += page.value.length;
      const link = page['@odata.nextLink'];
      next = link ? link.slice(link.indexOf('/v1.0') + '/v1.0'.length) : undefined;
    }
    return count;
  }

  /** Returns the titles of all tasks in the team's plans. */
  async plannerTaskTitles(): Promise<string[]> {
    const plans = await this.call<{ value: { id: string }[] }>(
      'GET',
      `/groups/${GROUP_ID}/planner/plans`,
    );
    const titles: string[] = [];
    for (const plan of plans.value) {
      const tasks = await this.call<{ value: { title: string }[] }>(
        'GET',
        `/planner/plans/${plan.id}/tasks`,
      );
      titles.push(...tasks.value.map((task) => task.title));
    }
    return titles;
  }
}
