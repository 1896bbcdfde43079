/** Reads every page of a Graph collection by following `@odata.nextLink` to its end. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { toGraphRequestError } from './errors';

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Returns all items of the collection at `path`, with the given request headers on every page.
 * The next link is requested whole, never parsed, and an empty page does not end the walk.
 */
export async function readAllPages<T>(
  client: Client,
  path: string,
  headers: Record<string, string> = {},
  firstPage?: Page<T>,
): Promise<T[]> {
  const items: T[] = [];
  let page = firstPage;
  let next: string | undefined = firstPage ? firstPage['@odata.nextLink'] : path;
  if (page?.value) items.push(...page.value);
  while (next) {
    try {
      page = (await client.api(next).headers(headers).get()) as Page<T>;
    } catch (error) {
      throw toGraphRequestError(error);
    }
    items.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return items;
}
