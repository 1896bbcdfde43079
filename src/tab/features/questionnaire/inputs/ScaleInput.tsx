/** A 0–10 scale with labels at both ends (question 25). */
import { makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { ScaleQuestion } from '../../../../content/model';
import { InstrumentText } from '../InstrumentText';
import type { AnswerInputProps } from './types';

const useScaleStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Renders one radio per step; the end labels name what the lowest and highest step mean. */
export function ScaleInput(props: AnswerInputProps<ScaleQuestion>) {
  const { question, value, onChange } = props;
  const styles = useScaleStyles();
  const steps = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  const current = value?.kind === 'scale' ? String(value.value) : '';

  return (
    <div className={styles.row}>
      <Text>
        {question.min} = <InstrumentText text={question.minLabel} />
      </Text>
      <RadioGroup
        layout="horizontal"
        aria-labelledby={props.labelId}
        aria-describedby={props.describedBy}
        aria-required={question.required || undefined}
        value={current}
        onChange={(_, data) => onChange({ kind: 'scale', value: Number(data.value) })}
      >
        {steps.map((step) => (
          <Radio key={step} value={String(step)} label={String(step)} />
        ))}
      </RadioGroup>
      <Text>
        {question.max} = <InstrumentText text={question.maxLabel} />
      </Text>
    </div>
  );
}
