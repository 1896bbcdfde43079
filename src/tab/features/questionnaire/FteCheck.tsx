/** A warning under question 5 when its unfilled FTE exceed the FTE planned in question 4. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLocale, useMessages } from '../../i18n/messages';
import {
  formatFte,
  PLANNED_FTE_QUESTION,
  UNFILLED_FTE_QUESTION,
  unfilledAbovePlanned,
} from './fte';
import { questionnaireMessages } from './messages';
import type { AnswersValue } from './useAnswers';

/** Renders the warning, or nothing. The answer is saved anyway, because it is the bestuur's. */
export function FteCheck({ answers }: { answers: AnswersValue }) {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const excess = unfilledAbovePlanned(
    answers.valueOf({ questionId: PLANNED_FTE_QUESTION }),
    answers.valueOf({ questionId: UNFILLED_FTE_QUESTION }),
  );
  if (!excess) return null;

  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {t('fteAbovePlanned', {
          unfilled: formatFte(excess.unfilled, locale),
          planned: formatFte(excess.planned, locale),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
