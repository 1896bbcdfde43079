/** The Vergelijking page: every question of the active round against the 144 besturen. */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { BENCHMARK_POPULATION } from '../../../content/benchmark';
import { questionById, questionnaireParts } from '../../../content/questionnaire';
import { compareQuestion } from '../../../domain/benchmark';
import type { Answer } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { useRoundAnswers } from '../questionnaire/useRoundAnswers';
import { benchmarkMessages } from './messages';
import { QuestionComparisonView } from './QuestionComparisonView';

const usePageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  population: {
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
});

/** Renders the comparison of every question, grouped by part. */
export function ComparisonPage() {
  const t = useMessages(benchmarkMessages);
  const locale = useLocale();
  const styles = usePageStyles();
  const { state, error, answers, round } = useRoundAnswers();

  return (
    <div className={styles.root}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="benchmark-population" className={styles.population}>
        <h2 id="benchmark-population">{t('populationTitle')}</h2>
        <p>{pickText(BENCHMARK_POPULATION, locale)}</p>
      </section>
      {state === 'loading' && <Spinner label={t('loading')} />}
      {state === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state === 'ready' && round && (
        <Comparisons answers={answers} referenceDate={formatDate(round.referenceDate, locale)} />
      )}
    </div>
  );
}

function Comparisons({ answers, referenceDate }: { answers: Answer[]; referenceDate: string }) {
  const locale = useLocale();
  const styles = usePageStyles();
  const parts = useMemo(
    () =>
      questionnaireParts.map((part) => ({
        part,
        items: part.questionIds.map((id) => {
          const question = questionById(id);
          return { question, comparison: compareQuestion(question, answers) };
        }),
      })),
    [answers],
  );

  return (
    <>
      {parts.map(({ part, items }) => (
        <section
          key={part.id}
          aria-labelledby={`benchmark-part-${part.id}`}
          className={styles.part}
        >
          <h2 id={`benchmark-part-${part.id}`}>{pickText(part.title, locale)}</h2>
          {items.map(({ question, comparison }) => (
            <QuestionComparisonView
              key={question.id}
              question={question}
              comparison={comparison}
              referenceDate={referenceDate}
            />
          ))}
        </section>
      ))}
    </>
  );
}
