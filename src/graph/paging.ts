/** Reads every page of a Graph collection by following `@odata.nextLink` to its end. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphRequestError, toGraphRequestError } from './errors';

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
  if (firstPage && next !== undefined) checkNextLink(next);
  while (next) {
    try {
      page = (await client.api(next).headers(headers).get()) as Page<T>;
    } catch (error) {
      throw toGraphRequestError(error);
    }
    items.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
    if (next !== undefined) checkNextLink(next);
  }
  return items;
}

// The Graph client reads a link as absolute only when it starts with https://, and would send any
// other link to the base URL as a path, so such a link is rejected here.
function checkNextLink(link: string): void {
  if (link.startsWith('https://')) return;
  throw new GraphRequestError({
    status: 0,
    code: 'invalidNextLink',
    message: `Invalid @odata.nextLink '${link.slice(0, 80)}': expected an absolute https:// URL`,
  });
}
