/** The fault switchboard: throttle, fail, delay or drop chosen Graph requests. */
import { fail } from './errors';

/** Action a fault takes on a matching request. */
export type FaultAction = 'throttle' | 'unavailable' | 'preconditionFailed' | 'delay' | 'drop';

/** One fault rule as `POST /_local/faults` accepts it. */
export interface FaultRule {
  action: FaultAction;
  /** Applies to the next `count` matching requests; without it, to every match (see `rate`). */
  count?: number;
  /** Share of matching requests to hit, 0..1, drawn from a generator seeded with `seed`. */
  rate?: number;
  seed?: number;
  /** Matches only this HTTP method. */
  method?: string;
  /** Matches only paths (without `/v1.0`, with query) that this regular expression finds. */
  url?: string;
  /** Retry-After value for throttle and unavailable: seconds (may be fractional) or an HTTP date. */
  retryAfter?: number | string;
  /** Delay for `delay`, in milliseconds. */
  delayMs?: number;
}

interface ActiveRule extends FaultRule {
  remaining: number;
  pattern?: RegExp;
  random: () => number;
}

/** A fault chosen for one request. */
export type FaultHit = Pick<FaultRule, 'action' | 'retryAfter' | 'delayMs'>;

const ACTIONS: readonly FaultAction[] = [
  'throttle',
  'unavailable',
  'preconditionFailed',
  'delay',
  'drop',
];

/** Mulberry32: a small seeded generator, so a seeded share of faults repeats run after run. */
function seededRandom(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Validates one rule from a request body and raises a 400 that names the wrong field. */
function parseRule(input: unknown): ActiveRule {
  if (typeof input !== 'object' || input === null)
    throw fail.badRequest('A fault must be an object.');
  const rule = input as FaultRule;
  if (!ACTIONS.includes(rule.action)) {
    throw fail.badRequest(
      `Invalid fault action '${String(rule.action)}'; use one of ${ACTIONS.join(', ')}.`,
    );
  }
  if (rule.count !== undefined && !(Number.isInteger(rule.count) && rule.count > 0)) {
    throw fail.badRequest('Fault count must be a positive integer.');
  }
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) {
    throw fail.badRequest('Fault rate must be a number from 0 to 1.');
  }
  if (rule.action === 'delay' && !(typeof rule.delayMs === 'number' && rule.delayMs >= 0)) {
    throw fail.badRequest('A delay fault needs delayMs, a number of milliseconds.');
  }
  let pattern: RegExp | undefined;
  try {
    pattern = rule.url === undefined ? undefined : new RegExp(rule.url);
  } catch {
    throw fail.badRequest(`Fault url '${rule.url}' is not a valid regular expression.`);
  }
  const remaining = rule.count ?? Number.POSITIVE_INFINITY;
  return { ...rule, remaining, pattern, random: seededRandom(rule.seed ?? 1) };
}

/** Holds the active fault rules and picks the fault, if any, for each Graph request. */
export class FaultBoard {
  private rules: ActiveRule[] = [];

  /** Adds rules from a body that is one rule, an array of rules or `{faults: [...]}`. */
  configure(body: unknown): number {
    const list = Array.isArray(body)
      ? body
      : typeof body === 'object' && body !== null && 'faults' in body
        ? (body as { faults: unknown[] }).faults
        : [body];
    const parsed = list.map(parseRule);
    this.rules.push(...parsed);
    return this.rules.length;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Number of active rules. */
  get size(): number {
    return this.rules.length;
  }

  /** Returns the fault for a request and uses up one count of its rule; first matching rule wins. */
  take(method: string, path: string, isBatchEnvelope: boolean): FaultHit | undefined {
    for (const rule of this.rules) {
      if (!this.matches(rule, method, path, isBatchEnvelope)) continue;
      if (rule.rate !== undefined && rule.random() >= rule.rate) continue;
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules = this.rules.filter((other) => other !== rule);
      return { action: rule.action, retryAfter: rule.retryAfter, delayMs: rule.delayMs };
    }
    return undefined;
  }

  private matches(
    rule: ActiveRule,
    method: string,
    path: string,
    isBatchEnvelope: boolean,
  ): boolean {
    if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
    // NOTE: a `$batch` envelope is faulted only by a rule whose url pattern names it. Otherwise
    // faults land on the inner requests one by one, because Graph throttles each of them.
    if (isBatchEnvelope && !(rule.pattern && rule.pattern.test(path))) return false;
    return rule.pattern ? rule.pattern.test(path) : true;
  }
}
