import { decodePng } from './png';
import { GRAPH_SCOPES } from './graph-scopes';

/** The parts of a filled-in manifest that the checks beyond the schema read. */
export interface ManifestFields {
  version?: string;
  icons?: { color?: string; outline?: string };
  validDomains?: string[];
  configurableTabs?: { configurationUrl?: string }[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  webApplicationInfo?: { nestedAppAuthInfo?: { redirectUri?: string; scopes?: string[] }[] };
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const BROKER_SCHEME = 'brk-multihub://';

/** Checks an icon's size, and for the outline icon that it is white on transparent only. */
export function checkIcon(name: string, file: Buffer, kind: 'color' | 'outline'): string[] {
  const image = decodePng(file);
  const size = kind === 'color' ? 192 : 32;
  if (image.width !== size || image.height !== size) {
    return [`${name} is ${image.width}x${image.height}, expected ${size}x${size}`];
  }
  if (kind === 'outline') {
    for (let i = 0; i < image.pixels.length; i += 4) {
      const [r, g, b, a] = image.pixels.subarray(i, i + 4);
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
        return [`${name} has a pixel that is neither white nor transparent at byte ${i}`];
      }
    }
  }
  return [];
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).host;
  } catch {
    return undefined;
  }
}

function checkTabDomains(manifest: ManifestFields): string[] {
  const domains = new Set(manifest.validDomains ?? []);
  const urls = [
    ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl),
    ...(manifest.staticTabs ?? []).flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
  ].filter((url): url is string => url !== undefined);
  return urls
    .filter((url) => !url.startsWith('https://') || !domains.has(hostOf(url) ?? ''))
    .map((url) => `${url} must be https:// on a host listed in validDomains`);
}

function checkNestedAppAuth(manifest: ManifestFields): string[] {
  const entries = manifest.webApplicationInfo?.nestedAppAuthInfo ?? [];
  if (entries.length === 0) return ['webApplicationInfo.nestedAppAuthInfo is missing'];
  const problems: string[] = [];
  for (const { redirectUri = '', scopes = [] } of entries) {
    const domain = redirectUri.slice(BROKER_SCHEME.length);
    // The broker redirect is an origin only: a host, no path, no trailing slash.
    if (!redirectUri.startsWith(BROKER_SCHEME) || !/^[a-z0-9.-]+(:\d+)?$/i.test(domain)) {
      problems.push(`nestedAppAuthInfo redirectUri "${redirectUri}" must be brk-multihub://<host>`);
    } else if (!(manifest.validDomains ?? []).includes(domain)) {
      problems.push(`nestedAppAuthInfo redirectUri host ${domain} is not in validDomains`);
    }
    if (scopes.join(' ') !== GRAPH_SCOPES.join(' ')) {
      problems.push(`nestedAppAuthInfo scopes must be, in this order: ${GRAPH_SCOPES.join(', ')}`);
    }
  }
  return problems;
}

/** Checks what Teams requires but the schema does not express, and what this app relies on. */
export function checkManifestRules(manifest: ManifestFields): string[] {
  const problems: string[] = [];
  if (!SEMVER.test(manifest.version ?? '')) {
    problems.push(`version "${manifest.version}" must be semantic: MAJOR.MINOR.PATCH`);
  }
  return [...problems, ...checkTabDomains(manifest), ...checkNestedAppAuth(manifest)];
}
