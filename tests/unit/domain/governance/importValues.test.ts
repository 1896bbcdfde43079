// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contractKinds } from '../../../../src/content/governance';
import {
  matchTerm,
  parseDecimal,
  parseSpreadsheetDate,
  parseWholeNumber,
  parseYesNo,
} from '../../../../src/domain/governance/importValues';

describe('parseSpreadsheetDate', () => {
  it.each([
    ['31/01/2027', '2027-01-31'],
    ['1/2/2027', '2027-02-01'],
    ['29/02/2028', '2028-02-29'],
    ['2027-03-31', '2027-03-31'],
    [' 5/11/2026 ', '2026-11-05'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseSpreadsheetDate(text)).toBe(expected);
  });

  it.each(['29/02/2027', '31/04/2027', '2027-02-30', '12-31-2027', '31.01.2027', '1/2/27', ''])(
    'rejects %s',
    (text) => {
      expect(parseSpreadsheetDate(text)).toBeNull();
    },
  );
});

describe('parseDecimal', () => {
  it.each([
    ['1250,50', 1250.5],
    ['1250.50', 1250.5],
    ['0', 0],
    ['-3,5', -3.5],
  ])('reads %s as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['1.250,50', '1,250.50', '12 €', 'abc', ''])('rejects %s', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('parseWholeNumber', () => {
  it('reads a whole number', () => {
    expect(parseWholeNumber('3')).toBe(3);
  });

  it.each(['-1', '2,5', 'drie'])('rejects %s', (text) => {
    expect(parseWholeNumber(text)).toBeNull();
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Ja', true],
    ['neen', false],
    ['Yes', true],
    ['no', false],
  ])('reads %s as %s', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  it('rejects other text', () => {
    expect(parseYesNo('misschien')).toBeNull();
  });
});

describe('matchTerm', () => {
  it('matches a Dutch label in any case', () => {
    expect(matchTerm(contractKinds, ' onderhoudscontract ')).toBe('maintenance');
  });

  it('matches an English label', () => {
    expect(matchTerm(contractKinds, 'Framework contract')).toBe('framework');
  });

  it('matches a key', () => {
    expect(matchTerm(contractKinds, 'sla')).toBe('sla');
  });

  it('rejects an unknown kind', () => {
    expect(matchTerm(contractKinds, 'Huurcontract')).toBeNull();
  });
});
