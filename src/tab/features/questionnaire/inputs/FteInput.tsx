/** An FTE (VTE) number: comma or point as decimal mark; a non-number gets a message and is not saved. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { FteQuestion } from '../../../../content/model';
import { useLocale, useMessages } from '../../../i18n/messages';
import { formatFte, parseFte } from '../fte';
import { questionnaireMessages } from '../messages';
import { useDraft } from '../useDraft';
import type { AnswerInputProps } from './types';

/** Saves on blur or Enter; an invalid entry keeps the stored answer and says why. */
export function FteInput(props: AnswerInputProps<FteQuestion>) {
  const { question, value, onChange } = props;
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const stored = value?.kind === 'fte' ? formatFte(value.fte, locale) : '';
  const [draft, setDraft] = useDraft(stored);
  const [message, setMessage] = useState<string>();

  const commit = () => {
    const parsed = parseFte(draft);
    if (parsed.kind === 'invalid') {
      setMessage(
        parsed.reason === 'negative' ? t('fteNegative') : t('fteInvalid', { text: draft.trim() }),
      );
      return;
    }
    setMessage(undefined);
    if (parsed.kind === 'empty') {
      if (value) onChange(undefined);
      return;
    }
    if (value?.kind === 'fte' && value.fte === parsed.fte) return setDraft(stored);
    onChange({ kind: 'fte', fte: parsed.fte });
  };

  return (
    <Field validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Input
        aria-labelledby={props.labelId}
        aria-describedby={props.describedBy}
        aria-required={question.required || undefined}
        inputMode="decimal"
        value={draft}
        contentAfter={t('fteUnit')}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </Field>
  );
}
