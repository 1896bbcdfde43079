/** A single-choice question: radio buttons, with a text field for "Andere". */
import { Radio, RadioGroup } from '@fluentui/react-components';
import type { SingleChoiceQuestion } from '../../../../content/model';
import { InstrumentText } from '../InstrumentText';
import { OtherText } from './OtherText';
import type { AnswerInputProps } from './types';

/** Renders the options; choosing one saves it at once. */
export function SingleChoiceInput(props: AnswerInputProps<SingleChoiceQuestion>) {
  const { question, value, onChange } = props;
  const current = value?.kind === 'single' ? value : undefined;
  const chosen = question.options.find((option) => option.key === current?.choice);

  return (
    <>
      <RadioGroup
        aria-labelledby={props.labelId}
        aria-describedby={props.describedBy}
        aria-required={question.required || undefined}
        value={current?.choice ?? ''}
        onChange={(_, data) => {
          const option = question.options.find((candidate) => candidate.key === data.value);
          const other = option?.withText ? current?.other : undefined;
          onChange({ kind: 'single', choice: data.value, ...(other ? { other } : {}) });
        }}
      >
        {question.options.map((option) => (
          <Radio
            key={option.key}
            value={option.key}
            label={<InstrumentText text={option.label} />}
          />
        ))}
      </RadioGroup>
      {chosen?.withText && current && (
        <OtherText
          questionNumber={question.number}
          value={current.other ?? ''}
          onSave={(other) => onChange({ kind: 'single', choice: current.choice, other })}
        />
      )}
    </>
  );
}
