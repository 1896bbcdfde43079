import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../src/domain/model';
import { filterRisks, NO_FILTER, toggleTopDomain } from '../../../src/domain/riskFilters';

const TODAY = '2026-12-04';
const AN = { id: 'u1', userPrincipalName: 'an@x.be', displayName: 'An' };

function risk(key: string, patch: Partial<Risk> = {}): Risk {
  return {
    key,
    title: key,
    description: '',
    domain: 'd1',
    cause: '',
    likelihood: 3,
    impact: 3,
    status: 'open',
    origin: 'own',
    ...patch,
  };
}

const RISKS = [
  risk('laag', { likelihood: 1, impact: 2, riskOwner: AN }),
  risk('kritiek', { likelihood: 5, impact: 5, domain: 'd4', nextReview: '2026-12-01' }),
  risk('restrisico', { likelihood: 5, impact: 5, residualLikelihood: 2, residualImpact: 2 }),
  risk('oorzaak', { consequences: 'Dienstverlening ligt stil' }),
];

const keys = (risks: Risk[]) => risks.map((entry) => entry.key);

describe('filterRisks', () => {
  it('orders by the current score', () => {
    expect(keys(filterRisks(RISKS, NO_FILTER, TODAY))).toEqual([
      'kritiek',
      'oorzaak',
      'restrisico',
      'laag',
    ]);
  });

  it('filters on level after controls', () => {
    expect(keys(filterRisks(RISKS, { ...NO_FILTER, level: 'low' }, TODAY))).toEqual([
      'restrisico',
      'laag',
    ]);
  });

  it('filters on domain', () => {
    expect(keys(filterRisks(RISKS, { ...NO_FILTER, domain: 'd4' }, TODAY))).toEqual(['kritiek']);
  });

  it('filters on owner and on no owner', () => {
    expect(keys(filterRisks(RISKS, { ...NO_FILTER, owner: 'u1' }, TODAY))).toEqual(['laag']);
    expect(filterRisks(RISKS, { ...NO_FILTER, owner: 'none' }, TODAY)).toHaveLength(3);
  });

  it('filters on overdue review', () => {
    expect(keys(filterRisks(RISKS, { ...NO_FILTER, overdueOnly: true }, TODAY))).toEqual([
      'kritiek',
    ]);
  });

  it('searches the consequences too', () => {
    expect(keys(filterRisks(RISKS, { ...NO_FILTER, search: ' STIL ' }, TODAY))).toEqual([
      'oorzaak',
    ]);
  });
});

describe('toggleTopDomain', () => {
  it('adds up to three domains', () => {
    expect(toggleTopDomain(['d1', 'd2'], 'd3')).toEqual({ ok: true, domains: ['d1', 'd2', 'd3'] });
  });

  it('rejects a fourth domain and keeps the three', () => {
    expect(toggleTopDomain(['d1', 'd2', 'd3'], 'd4')).toEqual({
      ok: false,
      domains: ['d1', 'd2', 'd3'],
      reason: 'limit',
    });
  });

  it('removes a marked domain', () => {
    expect(toggleTopDomain(['d1', 'd2', 'd3'], 'd2')).toEqual({ ok: true, domains: ['d1', 'd3'] });
  });
});
