/** The Zelfevaluatie page: the whole questionnaire by part, for the active round. */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { REFERENCE_DATE_PLACEHOLDER } from '../../../content/options';
import { questionById, questionnaireParts } from '../../../content/questionnaire';
import type { Round } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { questionnaireMessages } from './messages';
import { QuestionView } from './QuestionView';
import { RoundBar } from './RoundBar';
import { useRounds } from './RoundContext';
import { useAnswers } from './useAnswers';
import { isVisible } from './visibility';

const usePageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Renders the questionnaire once the rounds are loaded. */
export function QuestionnairePage() {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = usePageStyles();
  const rounds = useRounds();

  return (
    <div className={styles.root}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rounds.state === 'loading' && <Spinner label={t('loading')} />}
      {rounds.state === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(rounds.error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {rounds.active && (
        <>
          <RoundBar />
          <RoundQuestions key={rounds.active.key} round={rounds.active} />
        </>
      )}
    </div>
  );
}

function RoundQuestions({ round }: { round: Round }) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = usePageStyles();
  const answers = useAnswers(round.key);
  const valueOf = (questionId: Parameters<typeof questionById>[0]) =>
    answers.valueOf({ questionId });
  const replace = {
    [REFERENCE_DATE_PLACEHOLDER]: {
      nl: formatDate(round.referenceDate, 'nl'),
      en: formatDate(round.referenceDate, 'en'),
    },
  };

  if (answers.loadState === 'loading') return <Spinner label={t('loading')} />;
  if (answers.loadState === 'failed') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {t('loadFailed')} {describeError(answers.loadError, locale)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {questionnaireParts.map((part) => (
        <section key={part.id} aria-labelledby={`part-${part.id}`} className={styles.part}>
          <h2 id={`part-${part.id}`}>{part.title[locale]}</h2>
          {part.questionIds
            .map(questionById)
            .filter((question) => isVisible(question, valueOf))
            .map((question) => (
              <QuestionView
                key={question.id}
                question={question}
                answers={answers}
                replace={replace}
              />
            ))}
        </section>
      ))}
    </>
  );
}
