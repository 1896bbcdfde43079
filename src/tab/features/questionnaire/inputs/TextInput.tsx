/** A free-text answer of up to 10,000 characters, saved after a pause in typing and on blur. */
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { TextQuestion } from '../../../../content/model';
import { useMessages } from '../../../i18n/messages';
import { questionnaireMessages } from '../messages';
import { useDraft } from '../useDraft';
import { useDebouncedSave } from '../useDebouncedSave';
import type { AnswerInputProps } from './types';

/** The longest text answer; SharePoint's multi-line text column holds far more, so this is the product's own limit. */
export const MAX_TEXT_LENGTH = 10_000;

/** Renders a text field or text area, with a character count. */
export function TextInput(props: AnswerInputProps<TextQuestion>) {
  const { question, value, onChange } = props;
  const t = useMessages(questionnaireMessages);
  const stored = value?.kind === 'text' ? value.text : '';
  const [draft, setDraft] = useDraft(stored);
  const save = (text: string) => onChange(text === '' ? undefined : { kind: 'text', text });
  const { schedule, flush } = useDebouncedSave(save);

  const common = {
    'aria-labelledby': props.labelId,
    'aria-describedby': props.describedBy,
    'aria-required': question.required || undefined,
    value: draft,
    maxLength: MAX_TEXT_LENGTH,
    onBlur: flush,
    onChange: (_: unknown, data: { value: string }) => {
      setDraft(data.value);
      schedule(data.value);
    },
  };
  const hint =
    draft.length > MAX_TEXT_LENGTH * 0.9
      ? t('textLimit', { count: draft.length, max: MAX_TEXT_LENGTH })
      : undefined;

  return (
    <Field hint={hint}>
      {question.multiline ? <Textarea resize="vertical" {...common} /> : <Input {...common} />}
    </Field>
  );
}
