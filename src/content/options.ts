/** Answer options that several questions share. */
import type { AnswerOption } from './model';

/** "Ja". */
export const yesOption: AnswerOption = { key: 'yes', label: { nl: 'Ja', en: 'Yes' } };

/** "Neen". */
export const noOption: AnswerOption = { key: 'no', label: { nl: 'Neen', en: 'No' } };

/** "Andere", with a free-text field. */
export const otherOption: AnswerOption = {
  key: 'other',
  label: { nl: 'Andere', en: 'Other' },
  withText: true,
};

/** Help text of the questions that accept several answers. */
export const severalAnswersHelp = {
  nl: 'Meerdere antwoorden zijn mogelijk.',
  en: 'Several answers are possible.',
};

/** Placeholder in question 5's prompt that the UI replaces with the round's reference date. */
export const REFERENCE_DATE_PLACEHOLDER = '{referenceDate}';
