/** A multiple-choice question (also question 14's domains): checkboxes, with a text field for "Andere". */
import { Checkbox, makeStyles } from '@fluentui/react-components';
import type { MultipleChoiceQuestion } from '../../../../content/model';
import { InstrumentText } from '../InstrumentText';
import { OtherText } from './OtherText';
import type { AnswerInputProps } from './types';

const useMultipleStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column' },
});

/** Renders a checkbox per option; each tick saves the whole set of choices. */
export function MultipleChoiceInput(props: AnswerInputProps<MultipleChoiceQuestion>) {
  const { question, value, onChange } = props;
  const styles = useMultipleStyles();
  const current = value?.kind === 'multiple' ? value : { kind: 'multiple' as const, choices: [] };
  const withText = question.options.find((option) => option.withText);
  const otherChosen = withText && current.choices.includes(withText.key);

  const toggle = (key: string, checked: boolean) => {
    const choices = question.options
      .map((option) => option.key)
      .filter((candidate) => (candidate === key ? checked : current.choices.includes(candidate)));
    const keepOther = withText && choices.includes(withText.key) && current.other;
    onChange({ kind: 'multiple', choices, ...(keepOther ? { other: current.other } : {}) });
  };

  return (
    <div
      role="group"
      aria-labelledby={props.labelId}
      aria-describedby={props.describedBy}
      className={styles.group}
    >
      {question.options.map((option) => (
        <Checkbox
          key={option.key}
          checked={current.choices.includes(option.key)}
          onChange={(_, data) => toggle(option.key, data.checked === true)}
          label={<InstrumentText text={option.label} />}
        />
      ))}
      {otherChosen && (
        <OtherText
          questionNumber={question.number}
          value={current.other ?? ''}
          onSave={(other) => onChange({ kind: 'multiple', choices: current.choices, other })}
        />
      )}
    </div>
  );
}
