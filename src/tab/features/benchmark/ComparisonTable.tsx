/** The same figures as the chart, as a table: answer, share, own answer and place in the report. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ComparisonBar } from '../../../domain/benchmark';
import { formatPercent } from '../../../domain/benchmarkText';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { benchmarkMessages } from './messages';

const useTableStyles = makeStyles({
  table: { borderCollapse: 'collapse', flex: '1 1 24rem' },
  caption: {
    textAlign: 'start',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** Props of ComparisonTable. */
export interface ComparisonTableProps {
  bars: ComparisonBar[];
  caption: string;
}

/** Renders one row per answer of the distribution. */
export function ComparisonTable({ bars, caption }: ComparisonTableProps) {
  const styles = useTableStyles();
  const locale = useLocale();
  const t = useMessages(benchmarkMessages);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {t('answer')}
          </th>
          <th scope="col" className={styles.cell}>
            {t('share')}
          </th>
          <th scope="col" className={styles.cell}>
            {t('own')}
          </th>
          <th scope="col" className={styles.cell}>
            {t('source')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row" className={styles.cell}>
              {pickText(bar.label, locale)}
            </th>
            <td className={mergeClasses(styles.cell, styles.number)}>
              {formatPercent(bar.percent)[locale]}
              {bar.count !== undefined && ` (${t('count', { count: bar.count })})`}
            </td>
            <td className={styles.cell}>{bar.own ? t('yes') : ''}</td>
            <td className={styles.cell}>
              {bar.source.where}
              {bar.source.page !== undefined && `, p. ${bar.source.page}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
