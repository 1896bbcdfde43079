/** Planner's concurrency rules: versioned resources, their ETags, and If-Match with merges. */
import type { LocalM365State } from './context';
import { GraphHttpError } from './errors';

/** A stored Planner resource with its change history, one entry per accepted version. */
export interface PlannerDoc {
  kind: string;
  id: string;
  version: number;
  /** For each version after the first, the property paths it changed (`assignments/<id>` etc.). */
  history: { version: number; changed: string[] }[];
  data: Record<string, unknown>;
  /** The group whose members may see the resource. */
  groupId: string;
  /** The store parent: the group for plans, the plan for the rest. */
  parent: string;
}

/** The ETag of a version: opaque to clients, a weak tag around base64 like Planner's own. */
export function plannerEtag(doc: Pick<PlannerDoc, 'kind' | 'id' | 'version'>): string {
  const payload = Buffer.from(`'${doc.kind}@${doc.id}@${doc.version}'`).toString('base64');
  return `W/"${payload}"`;
}

/** Returns the version an ETag names for `doc`, or undefined when it names no version of it. */
function versionOf(doc: PlannerDoc, tag: string): number | undefined {
  const payload = /^(?:W\/)?"([^"]*)"$/.exec(tag)?.[1] ?? '';
  const match = /^'([^@]+)@(.+)@(\d+)'$/.exec(Buffer.from(payload, 'base64').toString());
  if (!match || match[1] !== doc.kind || match[2] !== doc.id) return undefined;
  const version = Number(match[3]);
  return version >= 1 && version <= doc.version ? version : undefined;
}

function overlaps(changedSince: Set<string>, touched: string[]): boolean {
  return touched.some((path) =>
    [...changedSince].some(
      (other) => other === path || other.startsWith(`${path}/`) || path.startsWith(`${other}/`),
    ),
  );
}

/**
 * Applies Planner's If-Match rules for a change that touches `touched` property paths:
 * missing → 412, malformed → 400, unknown version → 412, stale and overlapping newer changes → 409,
 * stale but disjoint → accepted. A delete touches every property.
 */
export function checkPlannerIfMatch(
  doc: PlannerDoc,
  ifMatch: string | undefined,
  touched: string[] | 'all',
): void {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new GraphHttpError(
      412,
      '',
      'The If-Match header must be specified for this kind of request.',
    );
  }
  const tag = ifMatch.trim();
  // NOTE: Planner's documentation does not say whether it honours `*`; the stand-in treats it as
  // the current version.
  if (tag === '*') return;
  if (!/^(?:W\/)?"[^"]*"$/.test(tag)) {
    throw new GraphHttpError(400, '', 'The If-Match header contains an invalid value.');
  }
  const version = versionOf(doc, tag);
  if (version === undefined) {
    throw new GraphHttpError(
      412,
      '',
      'The resource has been changed since the ETag was issued; no version matches it.',
    );
  }
  if (version === doc.version) return;
  const changedSince = new Set(
    doc.history.filter((entry) => entry.version > version).flatMap((entry) => entry.changed),
  );
  if (touched === 'all' || overlaps(changedSince, touched)) {
    throw new GraphHttpError(
      409,
      '',
      'The change conflicts with a change made since the ETag was issued. Read the resource again and retry.',
    );
  }
}

/** Stores a new version of `doc` with `changed` paths; returns the stored document. */
export function savePlannerVersion(
  state: LocalM365State,
  doc: PlannerDoc,
  changed: string[],
): PlannerDoc {
  const version = doc.version + 1;
  const next: PlannerDoc = { ...doc, version, history: [...doc.history, { version, changed }] };
  state.store.put(doc.kind, doc.id, next, doc.parent);
  return next;
}

/** Stores a new resource at version 1. */
export function createPlannerDoc(
  state: LocalM365State,
  kind: string,
  id: string,
  groupId: string,
  data: Record<string, unknown>,
  parent: string,
): PlannerDoc {
  const doc: PlannerDoc = { kind, id, version: 1, history: [], data, groupId, parent };
  state.store.put(kind, id, doc, parent);
  return doc;
}

/** The resource as Graph returns it: its data with `@odata.etag` first. */
export function plannerResource(doc: PlannerDoc): Record<string, unknown> {
  return { '@odata.etag': plannerEtag(doc), ...doc.data };
}
