/** The 5 × 5 risk matrix as a table, so the user can see how a score and its level come about. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { riskMatrix, type RiskLevel } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';
import { useScaleLabels } from './scaleLabels';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
  },
  caption: {
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalXS,
  },
  header: {
    padding: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    minWidth: '64px',
    padding: tokens.spacingHorizontalXS,
    textAlign: 'center',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  low: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  high: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  critical: { backgroundColor: tokens.colorPaletteRedBackground2 },
  current: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
    fontWeight: tokens.fontWeightBold,
  },
});

/** Props of RiskMatrix. */
export interface RiskMatrixProps {
  /** The cell to mark as "dit risico", when a risk is being edited. */
  likelihood?: number;
  impact?: number;
}

/** Lists likelihood 5 to 1 down and impact 1 to 5 across, and names each cell's score and level. */
export function RiskMatrix({ likelihood, impact }: RiskMatrixProps) {
  const t = useMessages(riskMessages);
  const styles = useStyles();
  const labels = useScaleLabels();
  const rows = riskMatrix();
  const levelStyle = (level: RiskLevel) => styles[level];
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t('matrixCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.header}>
            {t('matrixCorner')}
          </th>
          {rows[0]?.map((cell) => (
            <th key={cell.impact} scope="col" className={styles.header}>
              {t('scaleOption', { step: cell.impact, label: labels.impact(cell.impact) })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]?.likelihood}>
            <th scope="row" className={styles.header}>
              {row[0] &&
                t('scaleOption', {
                  step: row[0].likelihood,
                  label: labels.likelihood(row[0].likelihood),
                })}
            </th>
            {row.map((cell) => {
              const isCurrent = cell.likelihood === likelihood && cell.impact === impact;
              return (
                <td
                  key={cell.impact}
                  className={mergeClasses(
                    styles.cell,
                    levelStyle(cell.level),
                    isCurrent && styles.current,
                  )}
                >
                  {cell.score} {labels.level(cell.level)}
                  {isCurrent && ` (${t('matrixCurrent')})`}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
