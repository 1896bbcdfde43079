/** The free-text field that comes with an "Andere" option. */
import { Field, Input } from '@fluentui/react-components';
import { useMessages } from '../../../i18n/messages';
import { questionnaireMessages } from '../messages';
import { useDraft } from '../useDraft';
import { useDebouncedSave } from '../useDebouncedSave';

/** Props of OtherText. */
export interface OtherTextProps {
  /** Number of the question, which the accessible name carries: three questions have this field. */
  questionNumber: number;
  value: string;
  onSave(text: string): void;
}

/** Renders a text field that saves after a pause in typing and on blur. */
export function OtherText({ questionNumber, value, onSave }: OtherTextProps) {
  const t = useMessages(questionnaireMessages);
  const [draft, setDraft] = useDraft(value);
  const { schedule, flush } = useDebouncedSave(onSave);

  return (
    <Field label={t('otherText')}>
      <Input
        aria-label={t('otherTextName', { number: questionNumber })}
        value={draft}
        maxLength={255}
        onChange={(_, data) => {
          setDraft(data.value);
          schedule(data.value);
        }}
        onBlur={flush}
      />
    </Field>
  );
}
