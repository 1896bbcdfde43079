/** Deep links to one risk or action: building them, and reading the sub-page id they open. */

/** The item a deep link opens. */
export interface DeepLinkTarget {
  kind: 'risk' | 'action';
  key: string;
}

/** The outcome of reading a sub-page id: no link, a valid target, or a link that is not valid. */
export type DeepLinkReading =
  { status: 'none' } | { status: 'target'; target: DeepLinkTarget } | { status: 'invalid' };

// Sub-page ids stay ASCII and short, because Teams carries them in a URL and in its context.
const SUB_PAGE_ID = /^(risk|action)-([A-Za-z0-9_-]{1,64})$/;

/** Returns the sub-page id of a target, such as `risk-<key>`. */
export function subPageIdOf(target: DeepLinkTarget): string {
  return `${target.kind}-${target.key}`;
}

function fromJson(text: string): string | undefined {
  // Some hosts hand over the link's whole context; its subEntityId is the sub-page id.
  const parsed: unknown = JSON.parse(text);
  const value = (parsed as { subEntityId?: unknown } | null)?.subEntityId;
  return typeof value === 'string' ? value : undefined;
}

/** Reads `context.page.subPageId`; an id of another form, or context that is not JSON, is invalid. */
export function parseSubPageId(value: string | undefined): DeepLinkReading {
  if (value === undefined || value.trim() === '') return { status: 'none' };
  let id: string | undefined = value.trim();
  if (id.startsWith('{')) {
    try {
      id = fromJson(id);
    } catch {
      return { status: 'invalid' };
    }
  }
  const match = id ? SUB_PAGE_ID.exec(id) : null;
  if (!match) return { status: 'invalid' };
  return { status: 'target', target: { kind: match[1] as DeepLinkTarget['kind'], key: match[2]! } };
}

/** Reads a local link's hash, `#/risks/<key>` or `#/actions/<key>`. */
export function parseHashTarget(hash: string): DeepLinkReading {
  const match = /^#\/(risks|actions)\/(.*)$/.exec(hash);
  if (!match) return { status: 'none' };
  const kind = match[1] === 'risks' ? 'risk' : 'action';
  return parseSubPageId(`${kind}-${decodeURIComponent(match[2] ?? '')}`);
}

/** The parts of a Teams deep link to a channel tab's item. */
export interface TeamsDeepLinkParts {
  appId: string;
  entityId: string;
  target: DeepLinkTarget;
  /** The tab's page outside Teams, for clients that cannot open the tab. */
  webUrl: string;
  label: string;
  channelId?: string;
}

/** URI-encodes a part, `!'()*` included, so a link survives HTML escaping and chat clients. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Builds `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`. */
export function buildTeamsDeepLink(parts: TeamsDeepLinkParts): string {
  const context = JSON.stringify({
    subEntityId: subPageIdOf(parts.target),
    ...(parts.channelId ? { channelId: parts.channelId } : {}),
  });
  const query = [
    `webUrl=${encodePart(parts.webUrl)}`,
    `label=${encodePart(parts.label)}`,
    `context=${encodePart(context)}`,
  ].join('&');
  const app = encodePart(parts.appId);
  return `https://teams.microsoft.com/l/entity/${app}/${encodePart(parts.entityId)}?${query}`;
}

/** Builds the local tab's link, `<origin>/index.html#/risks/<key>`. */
export function buildLocalLink(origin: string, target: DeepLinkTarget): string {
  const page = target.kind === 'risk' ? 'risks' : 'actions';
  return `${origin}/index.html#/${page}/${encodePart(target.key)}`;
}
