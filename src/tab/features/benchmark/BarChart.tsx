/** Horizontal bars of a distribution with the own answer marked by colour, outline and a text label. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ComparisonBar } from '../../../domain/benchmark';
import { formatPercent } from '../../../domain/benchmarkText';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { benchmarkMessages } from './messages';

const useChartStyles = makeStyles({
  chart: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    flex: '1 1 22rem',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 14rem) minmax(6rem, 1fr) 4rem',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  label: { fontSize: tokens.fontSizeBase200 },
  track: {
    height: '1.25rem',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    height: '100%',
    minWidth: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralForeground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  own: {
    backgroundColor: tokens.colorBrandBackground,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
  },
  ownLabel: { fontWeight: tokens.fontWeightSemibold },
  value: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
});

/** Props of BarChart. */
export interface BarChartProps {
  bars: ComparisonBar[];
}

/** Renders the bars; hidden from screen readers because the table beside it carries the same data. */
export function BarChart({ bars }: BarChartProps) {
  const styles = useChartStyles();
  const locale = useLocale();
  const t = useMessages(benchmarkMessages);
  return (
    <div className={styles.chart} aria-hidden="true">
      {bars.map((bar) => (
        <div key={bar.key} className={styles.row}>
          <span className={mergeClasses(styles.label, bar.own && styles.ownLabel)}>
            {pickText(bar.label, locale)}
            {bar.own && ` (${t('ownMark')})`}
          </span>
          <div className={styles.track}>
            <div
              className={mergeClasses(styles.bar, bar.own && styles.own)}
              style={{ width: `${Math.min(100, Math.max(0, bar.percent))}%` }}
            />
          </div>
          <span className={styles.value}>{formatPercent(bar.percent)[locale]}</span>
        </div>
      ))}
    </div>
  );
}
