/** Formatting shared by the findings and the comparison: percentages and answer labels in nl and en. */
import { BLANK_ANSWER } from '../content/benchmark';
import type { AnswerOption, LocalizedText, Question, QuestionId } from '../content/model';
import { questionById } from '../content/questionnaire';

const blankLabel: LocalizedText = { nl: 'Blanco', en: 'Blank' };

const numberFormats = {
  nl: new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** Formats a percentage the way each language writes it: "33,33 %" and "33.33%". */
export function formatPercent(percent: number): LocalizedText {
  return {
    nl: `${numberFormats.nl.format(percent)} %`,
    en: `${numberFormats.en.format(percent)}%`,
  };
}

/** Formats a number of FTE: "0,5" and "0.5". */
export function formatFte(fte: number): LocalizedText {
  return { nl: numberFormats.nl.format(fte), en: numberFormats.en.format(fte) };
}

/** Returns the label of an option or grid column key of a question; the chart's "Blanco" included. */
export function answerLabel(questionId: QuestionId, key: string): LocalizedText {
  if (key === BLANK_ANSWER) return blankLabel;
  const option = choicesOf(questionById(questionId)).find((candidate) => candidate.key === key);
  return option?.label ?? { nl: key, en: key };
}

function choicesOf(question: Question): AnswerOption[] {
  if (question.kind === 'grid') return question.columns;
  if ('options' in question) return question.options;
  return [];
}

/** Returns the label of a grid row of a question. */
export function rowLabel(questionId: QuestionId, rowKey: string): LocalizedText {
  const question = questionById(questionId);
  const row = question.kind === 'grid' ? question.rows.find((r) => r.key === rowKey) : undefined;
  return row?.label ?? { nl: rowKey, en: rowKey };
}

/** Quotes labels and joins them with "of" and "or". */
export function joinLabels(labels: LocalizedText[]): LocalizedText {
  return {
    nl: labels.map((label) => `«${label.nl}»`).join(' of '),
    en: labels.map((label) => `“${label.en}”`).join(' or '),
  };
}
