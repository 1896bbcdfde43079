/** Filtering and ordering of the risk register, and the management team's top three domains. */
import type { RiskDomainId } from '../content/model';
import type { DateOnly, Risk, RiskStatus } from './model';
import { reviewOverdue } from './reviewDates';
import { currentAssessment, type RiskLevel } from './riskScore';

/** The register's filter, where `all` means no filter on that field. */
export interface RiskFilter {
  domain: RiskDomainId | 'all';
  status: RiskStatus | 'all';
  /** The current level: after controls when scored, before controls otherwise. */
  level: RiskLevel | 'all';
  /** Entra id of the risk owner, `none` for risks without one. */
  owner: string | 'all' | 'none';
  /** Only risks whose next review date has passed. */
  overdueOnly: boolean;
  search: string;
}

/** A filter that lets every risk through. */
export const NO_FILTER: RiskFilter = {
  domain: 'all',
  status: 'all',
  level: 'all',
  owner: 'all',
  overdueOnly: false,
  search: '',
};

/** The maximum number of top domains the management team can mark. */
export const MAX_TOP_DOMAINS = 3;

function matchesSearch(risk: Risk, needle: string): boolean {
  if (!needle) return true;
  const haystack = [risk.title, risk.description, risk.cause, risk.consequences ?? '']
    .join('\n')
    .toLocaleLowerCase('nl-BE');
  return haystack.includes(needle);
}

function matchesOwner(risk: Risk, owner: RiskFilter['owner']): boolean {
  if (owner === 'all') return true;
  if (owner === 'none') return risk.riskOwner === undefined;
  return risk.riskOwner?.id === owner;
}

// A risk with values outside the scale sorts last instead of breaking the list.
function scoreOf(risk: Risk): number {
  return currentAssessment(risk)?.score ?? 0;
}

/** Returns the risks that pass the filter on `today`, highest current score first, then by title. */
export function filterRisks(risks: readonly Risk[], filter: RiskFilter, today: DateOnly): Risk[] {
  const needle = filter.search.trim().toLocaleLowerCase('nl-BE');
  const shown = risks.filter(
    (risk) =>
      (filter.domain === 'all' || risk.domain === filter.domain) &&
      (filter.status === 'all' || risk.status === filter.status) &&
      (filter.level === 'all' || currentAssessment(risk)?.level === filter.level) &&
      matchesOwner(risk, filter.owner) &&
      (!filter.overdueOnly || reviewOverdue(risk, today)) &&
      matchesSearch(risk, needle),
  );
  return shown.sort((a, b) => scoreOf(b) - scoreOf(a) || a.title.localeCompare(b.title, 'nl-BE'));
}

/** The outcome of toggling a top domain: the new selection, or a rejection past the limit. */
export type TopDomainToggle =
  { ok: true; domains: RiskDomainId[] } | { ok: false; domains: RiskDomainId[]; reason: 'limit' };

/** Adds or removes a top domain; a fourth domain is rejected and the selection stays as it was. */
export function toggleTopDomain(
  current: readonly RiskDomainId[],
  domain: RiskDomainId,
): TopDomainToggle {
  if (current.includes(domain)) {
    return { ok: true, domains: current.filter((id) => id !== domain) };
  }
  if (current.length >= MAX_TOP_DOMAINS)
    return { ok: false, domains: [...current], reason: 'limit' };
  return { ok: true, domains: [...current, domain] };
}
