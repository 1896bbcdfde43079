/** Reads an uploaded .xlsx or .csv file into rows of text cells, the form the import validates. */
import { parseCsv } from './csv';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // The reader returns dates as UTC midnight, so the UTC parts are the spreadsheet's day.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** True when the file name or type marks a CSV file. */
export function isCsv(file: File): boolean {
  return file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
}

function readText(file: File): Promise<string> {
  // FileReader rather than Blob.text(), which older WebViews and jsdom lack.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Reads the first sheet of a workbook, or a CSV file, as text cells. */
export async function readSpreadsheet(file: File): Promise<string[][]> {
  if (isCsv(file)) return parseCsv(await readText(file));

  // The reader is loaded here, not at the top, so the tab's first load does not carry it.
  const { readSheet } = await import('read-excel-file/browser');
  const rows = await readSheet(file);
  return rows.map((row) => row.map(cellText));
}
