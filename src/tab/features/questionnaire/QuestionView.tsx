/** One question: its number and prompt, required mark, help, the input for its kind, and its save state. */
import { makeStyles, Text, tokens, useId } from '@fluentui/react-components';
import type { LocalizedText, Question } from '../../../content/model';
import { useMessages } from '../../i18n/messages';
import { UNFILLED_FTE_QUESTION } from './fte';
import { FteCheck } from './FteCheck';
import { FteInput } from './inputs/FteInput';
import { GridInput } from './inputs/GridInput';
import { MultipleChoiceInput } from './inputs/MultipleChoiceInput';
import { ScaleInput } from './inputs/ScaleInput';
import { SingleChoiceInput } from './inputs/SingleChoiceInput';
import { TextInput } from './inputs/TextInput';
import type { AnswerInputProps } from './inputs/types';
import { InstrumentText } from './InstrumentText';
import { questionnaireMessages } from './messages';
import { SaveStatus } from './SaveStatus';
import type { AnswersValue } from './useAnswers';

const useQuestionStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  prompt: { fontWeight: tokens.fontWeightSemibold },
  required: { color: tokens.colorPaletteRedForeground1 },
  help: { color: tokens.colorNeutralForeground2 },
});

/** Props of QuestionView. */
export interface QuestionViewProps {
  question: Question;
  answers: AnswersValue;
  /** Placeholder values for the prompt, such as question 5's reference date. */
  replace?: Record<string, LocalizedText>;
}

/** Renders a question with the input its kind needs. */
export function QuestionView({ question, answers, replace }: QuestionViewProps) {
  const t = useMessages(questionnaireMessages);
  const styles = useQuestionStyles();
  const labelId = useId('question');
  const helpId = useId('help');
  const target = { questionId: question.id };

  const status = (rowKey?: string) => {
    const at = { questionId: question.id, rowKey };
    return (
      <SaveStatus
        question={question}
        status={answers.saveStateOf(at)}
        onRetry={() => answers.retry(at)}
        onKeepMine={() => answers.keepMine(at)}
        onTakeTheirs={() => answers.takeTheirs(at)}
      />
    );
  };

  return (
    <section aria-labelledby={labelId} className={styles.root}>
      <div id={labelId} className={styles.prompt}>
        {t('questionNumber', { number: question.number })}.{' '}
        <InstrumentText text={question.prompt} replace={replace} />
        {question.required && (
          <span className={styles.required}>
            {' '}
            * <Text size={200}>({t('required')})</Text>
          </span>
        )}
      </div>
      {question.help && (
        <div id={helpId} className={styles.help}>
          <InstrumentText text={question.help} />
        </div>
      )}
      {question.kind === 'grid' && <div className={styles.help}>{t('gridNoChoice')}</div>}
      {question.kind === 'grid' ? (
        <GridInput
          question={question}
          labelId={labelId}
          describedBy={question.help ? helpId : undefined}
          valueOf={(rowKey) => answers.valueOf({ questionId: question.id, rowKey })}
          onRowChange={(rowKey, value) => answers.write({ questionId: question.id, rowKey }, value)}
          renderRowStatus={status}
        />
      ) : (
        <>
          <AnswerInput
            question={question}
            value={answers.valueOf(target)}
            onChange={(value) => answers.write(target, value)}
            labelId={labelId}
            describedBy={question.help ? helpId : undefined}
          />
          {question.id === UNFILLED_FTE_QUESTION && <FteCheck answers={answers} />}
          {status()}
        </>
      )}
    </section>
  );
}

function AnswerInput(props: AnswerInputProps) {
  const { question } = props;
  switch (question.kind) {
    case 'single':
      return <SingleChoiceInput {...props} question={question} />;
    case 'multiple':
      return <MultipleChoiceInput {...props} question={question} />;
    case 'fte':
      return <FteInput {...props} question={question} />;
    case 'text':
      return <TextInput {...props} question={question} />;
    case 'scale':
      return <ScaleInput {...props} question={question} />;
    case 'grid':
      return null;
  }
}
