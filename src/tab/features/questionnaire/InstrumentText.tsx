/** The questionnaire's own words: always Dutch, with the English translation beside it in the English UI. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { LocalizedText } from '../../../content/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { questionnaireMessages } from './messages';

const useInstrumentStyles = makeStyles({
  translation: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
  },
});

/** Props of InstrumentText. */
export interface InstrumentTextProps {
  text: LocalizedText;
  /** Placeholder values per language, such as question 5's reference date. */
  replace?: Record<string, LocalizedText>;
}

function fill(text: string, language: 'nl' | 'en', replace?: Record<string, LocalizedText>) {
  if (!replace) return text;
  return Object.entries(replace).reduce(
    (result, [placeholder, value]) => result.split(placeholder).join(value[language]),
    text,
  );
}

/** Renders the Dutch text and, in the English UI, the translation marked as English. */
export function InstrumentText({ text, replace }: InstrumentTextProps) {
  const locale = useLocale();
  const t = useMessages(questionnaireMessages);
  const styles = useInstrumentStyles();
  return (
    <>
      <span lang="nl-BE">{fill(text.nl, 'nl', replace)}</span>
      {locale === 'en' && text.en && (
        <span lang="en" className={styles.translation}>
          {t('translation')}: {fill(text.en, 'en', replace)}
        </span>
      )}
    </>
  );
}
