/** Exports what the bestuur expects of a partner as an Excel workbook, loaded only on demand. */
import type { PartnerSummary } from './partnerSummary';

/** Column headers and kind labels of the export, in the UI's language. */
export interface ExportLabels {
  kind: string;
  subject: string;
  detail: string;
  kinds: Record<'role' | 'duty' | 'contract', string>;
  sheet: string;
}

/** Builds the workbook and starts the download of `{partner}.xlsx`. */
export async function exportPartnerXlsx(
  partnerName: string,
  summary: PartnerSummary,
  labels: ExportLabels,
): Promise<void> {
  // The writer is loaded here, not at the top, so the tab's first load does not carry it.
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = [labels.kind, labels.subject, labels.detail].map((value) => ({
    value,
    fontWeight: 'bold' as const,
  }));
  const rows = summary.expectations.map((entry) => [
    { value: labels.kinds[entry.kind] },
    { value: entry.subject },
    { value: entry.detail },
  ]);
  const safeName = partnerName.replace(/[\\/:*?"<>|]/g, '_');
  await writeXlsxFile([header, ...rows], { sheet: labels.sheet.slice(0, 31) }).toFile(
    `${safeName}.xlsx`,
  );
}
