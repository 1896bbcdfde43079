/** The six conditions of a good risk analysis, each with its verdict and the facts behind it. */
import { Badge, Card, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useMemo } from 'react';
import { riskAnalysisConditions } from '../../../content/riskAnalysisConditions';
import {
  judgeAnalysis,
  type AnalysisEvidence,
  type ConditionFact,
  type ConditionStatus,
} from '../../../domain/analysisConditions';
import { pickText, useLocale, useMessages, type Locale } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { useControlStyles } from '../controls/controlStyles';
import { analysisMessages } from './messages';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  cardHeading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
});

const STATUS: Record<
  ConditionStatus,
  {
    key: 'statusMet' | 'statusPartlyMet' | 'statusNotMet' | 'statusUnknown';
    color: BadgeProps['color'];
  }
> = {
  met: { key: 'statusMet', color: 'success' },
  partlyMet: { key: 'statusPartlyMet', color: 'warning' },
  notMet: { key: 'statusNotMet', color: 'danger' },
  unknown: { key: 'statusUnknown', color: 'informative' },
};

// Dates in the facts are date-only strings; they are shown as the UI shows every date.
function factParams(fact: ConditionFact, locale: Locale): Record<string, string | number> {
  const params = { ...fact.params };
  for (const name of ['date', 'answered', 'changed']) {
    const value = params[name];
    if (typeof value === 'string' && value) params[name] = formatDate(value, locale);
  }
  return params;
}

/** Props of AnalysisQualityView. */
export interface AnalysisQualityViewProps {
  evidence: AnalysisEvidence;
}

/** Renders one card per condition, in the report's order. */
export function AnalysisQualityView({ evidence }: AnalysisQualityViewProps) {
  const t = useMessages(analysisMessages);
  const locale = useLocale();
  const styles = useStyles();
  const shared = useControlStyles();
  const verdicts = useMemo(() => judgeAnalysis(evidence), [evidence]);

  return (
    <section className={shared.view} aria-labelledby="analysis-heading">
      <h2 id="analysis-heading" className={shared.heading}>
        {t('heading')}
      </h2>
      <Text block>{t('intro')}</Text>
      <div className={styles.cards}>
        {verdicts.map((verdict, index) => {
          const condition = riskAnalysisConditions.find((candidate) => candidate.id === verdict.id);
          const status = STATUS[verdict.status];
          return (
            <Card key={verdict.id} role="group" aria-labelledby={`condition-${verdict.id}`}>
              <h3 id={`condition-${verdict.id}`} className={styles.cardHeading}>
                <span>
                  {t('conditionLabel', { number: index + 1 })}:{' '}
                  {condition ? pickText(condition.label, locale) : verdict.id}
                </span>
                <Badge appearance="tint" color={status.color}>
                  {t(status.key)}
                </Badge>
              </h3>
              <ul className={shared.list}>
                {verdict.facts.map((fact) => (
                  <li key={fact.key}>{t(fact.key, factParams(fact, locale))}</li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
