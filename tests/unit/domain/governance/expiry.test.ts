// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  contractDeadline,
  deadlinesWithin,
  expiryWindows,
  suggestContractAction,
} from '../../../../src/domain/governance/expiry';
import { addMonths, daysBetween } from '../../../../src/domain/governance/months';
import { contract, ORG, partner } from './fixtures';

const TODAY = '2026-12-04';
const OWNER = { id: 'u1', userPrincipalName: 'an@gemeente-a.be', displayName: 'An Peeters' };

function tacit(key: string, endDate: string, noticeMonths: number, renewalMonths?: number) {
  return contract(key, ORG, partner('b'), {
    endDate,
    noticeMonths,
    tacitRenewal: true,
    renewalMonths,
  });
}

function fixedTerm(key: string, endDate: string, noticeMonths = 0) {
  return contract(key, ORG, partner('b'), { endDate, noticeMonths, tacitRenewal: false });
}

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-15', -13, '2025-12-15'],
    ['2026-05-31', -3, '2026-02-28'],
  ])('moves %s by %i months to %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('counts across a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('contractDeadline', () => {
  it('puts a notice date on 29 February 2028', () => {
    const deadline = contractDeadline(tacit('c', '2028-05-29', 3), '2028-01-01');
    expect(deadline?.kind).toBe('notice');
    expect(deadline?.date).toBe('2028-02-29');
  });

  it('clamps notice on a 31 March end', () => {
    const deadline = contractDeadline(tacit('c', '2027-03-31', 1), TODAY);
    expect(deadline?.noticeDate).toBe('2027-02-28');
    expect(deadline?.daysLeft).toBe(86);
  });

  it('uses the end date without tacit renewal', () => {
    const deadline = contractDeadline(fixedTerm('c', '2027-03-31', 1), TODAY);
    expect(deadline?.kind).toBe('end');
    expect(deadline?.date).toBe('2027-03-31');
    expect(deadline?.noticeDate).toBe('2027-02-28');
  });

  it('rolls a renewed contract to its next term', () => {
    const deadline = contractDeadline(tacit('c', '2026-06-30', 3), TODAY);
    expect(deadline?.termEnd).toBe('2027-06-30');
    expect(deadline?.date).toBe('2027-03-30');
  });

  it('keeps month ends when renewing monthly', () => {
    const deadline = contractDeadline(tacit('c', '2026-01-31', 0, 1), '2026-03-15');
    expect(deadline?.termEnd).toBe('2026-03-31');
  });

  it('counts a deadline on the reference date', () => {
    const deadline = contractDeadline(tacit('c', '2027-01-04', 1), TODAY);
    expect(deadline?.date).toBe(TODAY);
    expect(deadline?.daysLeft).toBe(0);
  });

  it('reads a negative notice period as none', () => {
    const deadline = contractDeadline(tacit('c', '2027-03-31', -2), TODAY);
    expect(deadline?.noticeDate).toBe('2027-03-31');
  });

  it('returns none for an ended contract', () => {
    expect(contractDeadline(fixedTerm('c', '2026-12-03'), TODAY)).toBeNull();
  });

  it('returns none without end date', () => {
    expect(contractDeadline(contract('c', ORG, partner('b')), TODAY)).toBeNull();
  });
});

describe('expiryWindows', () => {
  it('lists a 60-day notice in 90 days, not 30', () => {
    const windows = expiryWindows([tacit('c', '2027-03-02', 1)], TODAY);
    expect(contractDeadline(tacit('c', '2027-03-02', 1), TODAY)?.daysLeft).toBe(60);
    expect(windows[30]).toHaveLength(0);
    expect(windows[90].map((deadline) => deadline.contractKey)).toEqual(['c']);
    expect(windows[180].map((deadline) => deadline.contractKey)).toEqual(['c']);
  });

  it('includes day 30 and excludes day 31', () => {
    const onEdge = tacit('edge', '2028-05-29', 3);
    expect(deadlinesWithin([onEdge], '2028-01-30', 30)).toHaveLength(1);
    expect(deadlinesWithin([onEdge], '2028-01-29', 30)).toHaveLength(0);
    expect(deadlinesWithin([onEdge], '2028-01-29', 90)).toHaveLength(1);
  });

  it('leaves out deadlines past 180 days', () => {
    const windows = expiryWindows([fixedTerm('late', '2027-06-03')], TODAY);
    expect(daysBetween(TODAY, '2027-06-03')).toBe(181);
    expect(windows[180]).toHaveLength(0);
  });

  it('sorts the earliest deadline first', () => {
    const contracts = [fixedTerm('later', '2027-02-01'), fixedTerm('sooner', '2026-12-20')];
    const keys = deadlinesWithin(contracts, TODAY, 180).map((deadline) => deadline.contractKey);
    expect(keys).toEqual(['sooner', 'later']);
  });
});

describe('suggestContractAction', () => {
  it('plans a Must for the owner a month before notice', () => {
    const action = suggestContractAction({ ...tacit('c', '2027-06-30', 3), owner: OWNER }, TODAY);
    expect(action?.moscow).toBe('must');
    expect(action?.owner).toEqual(OWNER);
    expect(action?.dueDate).toBe('2027-02-28');
    expect(action?.dueDateMovedToToday).toBe(false);
    expect(action?.description.nl).toContain('Opzeggen kan tot 30/03/2027');
  });

  it('moves a past due date to today', () => {
    const action = suggestContractAction(tacit('c', '2027-02-20', 2), TODAY);
    expect(action?.dueDate).toBe(TODAY);
    expect(action?.dueDateMovedToToday).toBe(true);
  });

  it('returns none for an ended contract', () => {
    expect(suggestContractAction(fixedTerm('c', '2026-01-01'), TODAY)).toBeNull();
  });
});
