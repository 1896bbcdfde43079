import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../../../src/tab/features/governance/csv';

describe('CSV reader', () => {
  it('semicolon file from Belgian Excel', () => {
    const rows = parseCsv('Naam;Soort\r\nLaptop;Hardware\r\n');

    expect(rows).toEqual([
      ['Naam', 'Soort'],
      ['Laptop', 'Hardware'],
    ]);
  });

  it('quoted separators, quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n');

    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('drops a byte order mark', () => {
    expect(parseCsv('\uFEFFNaam\nA')).toEqual([['Naam'], ['A']]);
  });

  it('keeps empty trailing cells', () => {
    expect(parseCsv('a;b;\n1;;\n')).toEqual([
      ['a', 'b', ''],
      ['1', '', ''],
    ]);
  });

  it('separator ignores quoted text', () => {
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(',');
    expect(detectSeparator('a;b,c;d\n')).toBe(';');
    expect(detectSeparator('single\n')).toBe(',');
  });
});
