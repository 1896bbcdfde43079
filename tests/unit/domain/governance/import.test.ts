// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  suggestColumnMapping,
  validateImport,
  writeWithRollback,
  type ImportedRow,
  type ImportWriter,
} from '../../../../src/domain/governance/import';
import {
  assetImportSpec,
  contractImportSpec,
  type ImportedContract,
} from '../../../../src/domain/governance/importSpecs';

const HEADER = [
  'Contract',
  'Type',
  'Leverancier',
  'Start',
  'Einde',
  'Opzeg (maanden)',
  'Stilzwijgend',
  'Kost',
];

const MAPPING = {
  title: 'Contract',
  kind: 'Type',
  supplierName: 'Leverancier',
  startDate: 'Start',
  endDate: 'Einde',
  noticeMonths: 'Opzeg (maanden)',
  tacitRenewal: 'Stilzwijgend',
  yearlyCost: 'Kost',
};

const KINDS = ['Licentie', 'Maintenance contract', 'SLA', 'Raamcontract'];

function goodRow(index: number): string[] {
  const day = (index % 28) + 1;
  return [
    `Contract ${index}`,
    KINDS[index % KINDS.length]!,
    `Firma ${index % 17}`,
    `${day}/1/2025`,
    `2027-12-${String(day).padStart(2, '0')}`,
    String(index % 4),
    index % 2 === 0 ? 'ja' : 'nee',
    index % 3 === 0 ? `${index},50` : `${index}.25`,
  ];
}

function sheet(rows = 500): string[][] {
  return [HEADER, ...Array.from({ length: rows }, (_, index) => goodRow(index))];
}

/** Breaks data rows 10, 250 and 500, which are spreadsheet rows 11, 251 and 501. */
function sheetWithThreeBadRows(): string[][] {
  const rows = sheet();
  rows[10]![3] = '31/02/2025';
  rows[250]![1] = 'Huurcontract';
  rows[500]![0] = '';
  return rows;
}

describe('validateImport', () => {
  it('names exactly the three bad rows', () => {
    const result = validateImport(sheetWithThreeBadRows(), MAPPING, contractImportSpec);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors.map((error) => error.rowNumber)).toEqual([11, 251, 501]);
    expect(result.rowErrors.map((error) => error.problems.map((problem) => problem.field))).toEqual(
      [['startDate'], ['kind'], ['title']],
    );
    expect(result.fileProblems).toEqual([]);
  });

  it('explains each bad row in both languages', () => {
    const result = validateImport(sheetWithThreeBadRows(), MAPPING, contractImportSpec);
    if (result.ok) throw new Error('expected the rows to fail');
    const [date, kind, title] = result.rowErrors.map((error) => error.problems[0]!.message);
    expect(date!.nl).toContain('‘31/02/2025’ in kolom ‘Begindatum’ is ongeldig');
    expect(date!.en).toContain('DD/MM/YYYY');
    expect(kind!.nl).toContain('Kies uit: Licentie, Onderhoudscontract');
    expect(kind!.en).toContain('‘Huurcontract’ in column ‘Kind’ is invalid');
    expect(title!.nl).toBe('Kolom ‘Titel’ is leeg, maar is verplicht.');
  });

  it('returns no records when any row is bad', () => {
    const result = validateImport(sheetWithThreeBadRows(), MAPPING, contractImportSpec);
    expect('rows' in result).toBe(false);
  });

  it('accepts all 500 rows once fixed', () => {
    const result = validateImport(sheet(), MAPPING, contractImportSpec);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toHaveLength(500);
    expect(result.rows[0]!.rowNumber).toBe(2);
    expect(result.rows[499]!.rowNumber).toBe(501);
  });

  it('types the fields of a row', () => {
    const result = validateImport(sheet(4), MAPPING, contractImportSpec);
    if (!result.ok) throw new Error('expected the rows to pass');
    expect(result.rows[1]!.record).toEqual({
      title: 'Contract 1',
      kind: 'maintenance',
      supplierName: 'Firma 1',
      startDate: '2025-01-02',
      endDate: '2027-12-02',
      noticeMonths: 1,
      tacitRenewal: false,
      yearlyCost: 1.25,
    });
    expect(result.rows[3]!.record.yearlyCost).toBe(3.5);
  });

  it('rejects a mapped header the file lacks', () => {
    const result = validateImport(sheet(3), { ...MAPPING, startDate: 'Begin' }, contractImportSpec);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors).toEqual([]);
    expect(result.fileProblems).toHaveLength(1);
    expect(result.fileProblems[0]!.field).toBe('startDate');
    expect(result.fileProblems[0]!.message.nl).toContain(
      'Kolom ‘Begin’ staat niet in de eerste rij',
    );
  });

  it('rejects a header that matches nothing', () => {
    const rows = [
      ['Kolom A', 'Kolom B'],
      ['x', 'y'],
    ];
    const mapping = suggestColumnMapping(rows[0]!, contractImportSpec);
    expect(mapping).toEqual({});
    const result = validateImport(rows, mapping, contractImportSpec);
    if (result.ok) throw new Error('expected the header to fail');
    expect(result.fileProblems.map((problem) => problem.field)).toEqual([
      'title',
      'kind',
      'supplierName',
      'startDate',
    ]);
    expect(result.fileProblems[0]!.message.en).toBe(
      'No column chosen for the required field ‘Title’.',
    );
  });

  it('suggests columns by Dutch or English label', () => {
    const mapping = suggestColumnMapping(['naam', 'Kind', 'Gebruikt door'], assetImportSpec);
    expect(mapping).toEqual({ name: 'naam', kind: 'Kind', usedBy: 'Gebruikt door' });
  });

  it('rejects an end date before the start', () => {
    const rows = sheet(2);
    rows[2]![4] = '2024-12-31';
    const result = validateImport(rows, MAPPING, contractImportSpec);
    if (result.ok) throw new Error('expected the row to fail');
    expect(result.rowErrors).toEqual([
      { rowNumber: 3, problems: [expect.objectContaining({ field: 'endDate' })] },
    ]);
  });

  it('skips blank rows but keeps row numbers', () => {
    const rows = sheet(2);
    rows.splice(2, 0, ['', ' ']);
    rows[3]![3] = 'gisteren';
    const result = validateImport(rows, MAPPING, contractImportSpec);
    if (result.ok) throw new Error('expected the row to fail');
    expect(result.rowErrors.map((error) => error.rowNumber)).toEqual([4]);
  });

  it('rejects an empty file', () => {
    const result = validateImport([], MAPPING, contractImportSpec);
    if (result.ok) throw new Error('expected the file to fail');
    expect(result.fileProblems[0]!.message.nl).toContain('Het bestand is leeg');
  });

  it('rejects a header without rows', () => {
    const result = validateImport([HEADER], MAPPING, contractImportSpec);
    expect(result.ok).toBe(false);
  });
});

/** Builds a writer over an in-memory list that fails on the chosen calls. */
function fakeWriter(failCreateAt: number, failRemoveOf: string[] = []) {
  const stored: string[] = [];
  let calls = 0;
  const writer: ImportWriter<ImportedContract, string> = {
    async create(record) {
      calls += 1;
      if (calls === failCreateAt) throw new Error('503 Service Unavailable');
      stored.push(record.title);
      return record.title;
    },
    async remove(title) {
      if (failRemoveOf.includes(title)) throw new Error('412 Precondition Failed');
      stored.splice(stored.indexOf(title), 1);
    },
  };
  return { writer, stored };
}

function validRows(count: number): ImportedRow<ImportedContract>[] {
  const result = validateImport(sheet(count), MAPPING, contractImportSpec);
  if (!result.ok) throw new Error('expected the rows to pass');
  return result.rows;
}

describe('writeWithRollback', () => {
  it('writes every row when nothing fails', async () => {
    const { writer, stored } = fakeWriter(0);
    const result = await writeWithRollback(validRows(5), writer);
    expect(result.status).toBe('written');
    expect(stored).toHaveLength(5);
  });

  it('removes written rows after a failure half-way', async () => {
    const { writer, stored } = fakeWriter(251);
    const result = await writeWithRollback(validRows(500), writer);
    expect(result.status).toBe('rolledBack');
    if (result.status !== 'rolledBack') return;
    expect(result.failedRowNumber).toBe(252);
    expect(result.removedCount).toBe(250);
    expect(stored).toEqual([]);
    expect(result.message.nl).toContain('Rij 252 kon niet worden opgeslagen');
    expect(result.message.en).toContain('Nothing was imported');
  });

  it('reports rows it could not remove', async () => {
    const { writer, stored } = fakeWriter(4, ['Contract 1']);
    const result = await writeWithRollback(validRows(10), writer);
    expect(result.status).toBe('rollbackIncomplete');
    if (result.status !== 'rollbackIncomplete') return;
    expect(result.leftOver).toEqual(['Contract 1']);
    expect(result.removedCount).toBe(2);
    expect(stored).toEqual(['Contract 1']);
    expect(result.message.en).toContain('1 could not be removed');
  });

  it('keeps the writer error', async () => {
    const { writer } = fakeWriter(1);
    const result = await writeWithRollback(validRows(2), writer);
    if (result.status === 'written') throw new Error('expected the write to fail');
    expect(result.error).toEqual(new Error('503 Service Unavailable'));
  });
});
