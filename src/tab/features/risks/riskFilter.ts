/** Filtering and ordering of the register: by domain, status and a search text. */
import type { RiskDomainId } from '../../../content/model';
import type { Risk, RiskStatus } from '../../../domain/model';
import { tryAssessRisk } from '../../../domain/riskScore';

/** The register's filter, where `all` means no filter on that field. */
export interface RiskFilter {
  domain: RiskDomainId | 'all';
  status: RiskStatus | 'all';
  search: string;
}

/** A filter that lets every risk through. */
export const NO_FILTER: RiskFilter = { domain: 'all', status: 'all', search: '' };

function matchesSearch(risk: Risk, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('nl-BE');
  if (!needle) return true;
  const haystack = [risk.title, risk.description, risk.cause].join('\n').toLocaleLowerCase('nl-BE');
  return haystack.includes(needle);
}

// A risk with values outside the scale sorts last instead of breaking the list.
function scoreOf(risk: Risk): number {
  return tryAssessRisk(risk.likelihood, risk.impact)?.score ?? 0;
}

/** Returns the risks that pass the filter, highest score first, then by title. */
export function filterRisks(risks: readonly Risk[], filter: RiskFilter): Risk[] {
  const shown = risks.filter(
    (risk) =>
      (filter.domain === 'all' || risk.domain === filter.domain) &&
      (filter.status === 'all' || risk.status === filter.status) &&
      matchesSearch(risk, filter.search),
  );
  return shown.sort((a, b) => scoreOf(b) - scoreOf(a) || a.title.localeCompare(b.title, 'nl-BE'));
}
