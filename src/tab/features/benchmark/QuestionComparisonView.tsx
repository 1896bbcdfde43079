/** One question's comparison: statement, note, and per group a chart with its table beside it. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Question } from '../../../content/model';
import { REFERENCE_DATE_PLACEHOLDER } from '../../../content/options';
import type { ComparisonGroup, QuestionComparison } from '../../../domain/benchmark';
import { joinLabels } from '../../../domain/benchmarkText';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { BarChart } from './BarChart';
import { ComparisonTable } from './ComparisonTable';
import { benchmarkMessages } from './messages';

const useViewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  rowHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  statement: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
});

/** Props of QuestionComparisonView. */
export interface QuestionComparisonViewProps {
  question: Question;
  comparison: QuestionComparison;
  /** The round's reference date as shown, for question 5's prompt. */
  referenceDate: string;
}

/** Renders the comparison of one question, or the report's lack of figures. */
export function QuestionComparisonView(props: QuestionComparisonViewProps) {
  const { question, comparison, referenceDate } = props;
  const styles = useViewStyles();
  const locale = useLocale();
  const t = useMessages(benchmarkMessages);
  const headingId = `comparison-${question.id}`;
  const withBars = comparison.groups.filter((group) => group.bars.length > 0);

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {`${question.number}. ${pickText(question.prompt, locale).replace(REFERENCE_DATE_PLACEHOLDER, referenceDate)}`}
      </h3>
      <p className={styles.statement}>{pickText(comparison.statement, locale)}</p>
      {comparison.note && <p className={styles.note}>{pickText(comparison.note, locale)}</p>}
      {withBars.length === 0 && comparison.availability !== 'none' && <p>{t('noFigures')}</p>}
      {withBars.map((group) => (
        <GroupView key={group.rowKey ?? 'all'} group={group} number={question.number} />
      ))}
    </section>
  );
}

function GroupView({ group, number }: { group: ComparisonGroup; number: number }) {
  const styles = useViewStyles();
  const locale = useLocale();
  const t = useMessages(benchmarkMessages);
  const rowName = group.rowLabel && pickText(group.rowLabel, locale);
  const withoutFigure = group.ownAnswers.filter(
    (label) => !group.bars.some((bar) => bar.own && bar.label.nl === label.nl),
  );
  const caption = rowName
    ? `${t('tableCaption', { number })}: ${rowName}`
    : t('tableCaption', { number });

  return (
    <div>
      {rowName && <h4 className={styles.rowHeading}>{rowName}</h4>}
      <div className={styles.pair}>
        <BarChart bars={group.bars} />
        <ComparisonTable bars={group.bars} caption={caption} />
      </div>
      {withoutFigure.length > 0 && (
        <p className={styles.note}>
          {t('ownNoFigure', { answers: joinLabels(withoutFigure)[locale] })}
        </p>
      )}
    </div>
  );
}
