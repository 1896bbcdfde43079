/** A grid question (15 and 16): one radio per row and column, each row saved on its own and clearable. */
import { Button, makeStyles, mergeClasses, Radio, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AnswerValue, GridQuestion } from '../../../../content/model';
import { pickText, useLocale, useMessages } from '../../../i18n/messages';
import { InstrumentText } from '../InstrumentText';
import { questionnaireMessages } from '../messages';

const useGridStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
    verticalAlign: 'middle',
  },
  rowHeader: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, minWidth: '16rem' },
  columnHeader: { fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom' },
});

/** Props of GridInput. */
export interface GridInputProps {
  question: GridQuestion;
  valueOf(rowKey: string): AnswerValue | undefined;
  onRowChange(rowKey: string, value: AnswerValue | undefined): void;
  labelId: string;
  describedBy?: string;
  /** Renders the save state of a row. */
  renderRowStatus(rowKey: string): ReactNode;
}

/** Renders the grid as a table with row and column headers. */
export function GridInput(props: GridInputProps) {
  const { question, valueOf, onRowChange } = props;
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = useGridStyles();

  return (
    <div className={styles.scroll}>
      <table
        className={styles.table}
        aria-labelledby={props.labelId}
        aria-describedby={props.describedBy}
      >
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.rowHeader)}>
              {t('gridRowHeader')}
            </th>
            {question.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={mergeClasses(styles.cell, styles.columnHeader)}
              >
                <InstrumentText text={column.label} />
              </th>
            ))}
            <td className={styles.cell} />
          </tr>
        </thead>
        <tbody>
          {question.rows.map((row) => {
            const value = valueOf(row.key);
            const chosen = value?.kind === 'grid' ? value.column : undefined;
            const rowName = pickText(row.label, locale);
            return (
              <tr key={row.key}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                  <InstrumentText text={row.label} />
                  <div>{props.renderRowStatus(row.key)}</div>
                </th>
                {question.columns.map((column) => (
                  <td key={column.key} className={styles.cell}>
                    <Radio
                      name={`${question.id}-${row.key}`}
                      value={column.key}
                      checked={chosen === column.key}
                      aria-label={`${rowName}: ${pickText(column.label, locale)}`}
                      onChange={() =>
                        onRowChange(row.key, { kind: 'grid', row: row.key, column: column.key })
                      }
                    />
                  </td>
                ))}
                <td className={styles.cell}>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={!chosen}
                    aria-label={t('clearRow', { row: rowName })}
                    onClick={() => onRowChange(row.key, undefined)}
                  >
                    {t('clear')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
