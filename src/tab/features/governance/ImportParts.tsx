/** Parts of the import tab: the preview of the first rows and the list of problems. */
import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ImportValidation } from '../../../domain/governance/import';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { useGovernanceStyles } from './governanceStyles';
import { governanceMessages } from './messages';

const PREVIEW_ROWS = 5;

/** Shows the header and the first rows of the file as read. */
export function ImportPreview({ sheet }: { sheet: string[][] }) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const [header = [], ...body] = sheet;
  const rows = body.slice(0, PREVIEW_ROWS);
  const caption = t('importPreview', { count: rows.length });
  return (
    <div className={styles.tableWrap}>
      <h3 className={styles.subheading}>{caption}</h3>
      <Table aria-label={caption} size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {header.map((cell, index) => (
              <TableHeaderCell key={index}>{cell}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {header.map((_, index) => (
                <TableCell key={index}>{row[index] ?? ''}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Names every bad row with its problems, or the problems with the file as a whole. */
export function ImportProblems({
  validation,
}: {
  validation: Extract<ImportValidation<unknown>, { ok: false }>;
}) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const summary =
    validation.fileProblems.length > 0
      ? t('importFileProblems')
      : t('importRowsBad', { count: validation.rowErrors.length });
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <p className={styles.text}>{summary}</p>
        <ul className={styles.list} aria-label={summary}>
          {validation.fileProblems.map((problem, index) => (
            <li key={`file-${index}`}>{pickText(problem.message, locale)}</li>
          ))}
          {validation.rowErrors.map((error) => (
            <li key={error.rowNumber}>
              {t('importRow', { row: error.rowNumber })}:{' '}
              {error.problems.map((problem) => pickText(problem.message, locale)).join(' ')}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
