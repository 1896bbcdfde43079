/** The report's Dutch wording, with the English translation first when the UI is in English. */
import { Text } from '@fluentui/react-components';
import { useLocale } from '../../i18n/messages';
import { useTypePageStyles } from './typeStyles';

/** Props of ReportText. */
export interface ReportTextProps {
  nl: string;
  en?: string;
  /** Sub-points printed under the text, in Dutch and in English. */
  details?: readonly string[];
  detailsEn?: readonly string[];
}

/** Shows the report's text; in English the translation comes first and the Dutch original below. */
export function ReportText({ nl, en, details, detailsEn }: ReportTextProps) {
  const locale = useLocale();
  const styles = useTypePageStyles();
  const english = locale === 'en' && en;
  const points = english && detailsEn?.length ? detailsEn : details;
  // A span, because the text also serves as the label of a radio button.
  return (
    <span className={styles.reportText}>
      <Text block className={styles.stepText} lang={english ? 'en' : 'nl'}>
        {english ? en : nl}
      </Text>
      {points && points.length > 0 && (
        <ul className={styles.details} lang={english ? 'en' : 'nl'}>
          {points.map((point) => (
            <li key={point}>
              <Text>{point}</Text>
            </li>
          ))}
        </ul>
      )}
      {english && (
        <Text block size={200} lang="nl" className={styles.translation}>
          {nl}
        </Text>
      )}
    </span>
  );
}
