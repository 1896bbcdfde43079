/** Describes a stored answer in words, for the conflict message and the comparison. */
import type { AnswerValue, Question } from '../../../content/model';
import { pickText, type Locale } from '../../i18n/messages';
import { formatFte } from './fte';

function optionLabel(question: Question, key: string, locale: Locale): string {
  if (question.kind !== 'single' && question.kind !== 'multiple') return key;
  const option = question.options.find((candidate) => candidate.key === key);
  return option ? pickText(option.label, locale) : key;
}

function gridLabel(question: Question, row: string, column: string, locale: Locale): string {
  if (question.kind !== 'grid') return `${row}: ${column}`;
  const rowOption = question.rows.find((candidate) => candidate.key === row);
  const columnOption = question.columns.find((candidate) => candidate.key === column);
  const rowText = rowOption ? pickText(rowOption.label, locale) : row;
  return `${rowText}: ${columnOption ? pickText(columnOption.label, locale) : column}`;
}

/** Returns the answer as the user would read it: option labels, not keys. */
export function describeValue(question: Question, value: AnswerValue, locale: Locale): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'single':
      return [optionLabel(question, value.choice, locale), value.other].filter(Boolean).join(': ');
    case 'multiple': {
      const labels = value.choices.map((choice) => optionLabel(question, choice, locale));
      return [labels.join(', '), value.other].filter(Boolean).join(': ');
    }
    case 'fte':
      return formatFte(value.fte, locale);
    case 'grid':
      return gridLabel(question, value.row, value.column, locale);
    case 'scale':
      return String(value.value);
  }
}
