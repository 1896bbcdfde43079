/** The register's filter, kept in the domain layer so the benchmark and tests share it. */
export { filterRisks, NO_FILTER, type RiskFilter } from '../../../domain/riskFilters';
