/** The answers behind a finding, in words: "Vraag 12: «Neen»". */
import { questionById } from '../../../content/questionnaire';
import type { LocalizedText } from '../../../content/model';
import { answerLabel, formatFte, rowLabel } from '../../../domain/benchmarkText';
import { FTE_ANSWER, NOT_TICKED, type FindingEvidence } from '../../../domain/findings';
import { translate } from '../../i18n/messages';
import { findingsMessages } from './messages';

function answerText(evidence: FindingEvidence, language: 'nl' | 'en'): string {
  const { questionId, answerKey, optionKey, rowKey } = evidence;
  if (answerKey === FTE_ANSWER && evidence.fte !== undefined) {
    return translate(findingsMessages, language, 'fte', { fte: formatFte(evidence.fte)[language] });
  }
  if (answerKey === NOT_TICKED && optionKey) {
    const option = answerLabel(questionId, optionKey)[language];
    return translate(findingsMessages, language, 'notTicked', { option: `«${option}»` });
  }
  const answer = `«${answerLabel(questionId, answerKey)[language]}»`;
  return rowKey ? `${rowLabel(questionId, rowKey)[language]}: ${answer}` : answer;
}

/** Describes one answer behind a finding in both languages. */
export function describeEvidence(evidence: FindingEvidence): LocalizedText {
  const { number } = questionById(evidence.questionId);
  const say = (language: 'nl' | 'en') =>
    translate(findingsMessages, language, 'questionAnswer', {
      number,
      answer: answerText(evidence, language),
    });
  return { nl: say('nl'), en: say('en') };
}
