/** Small builders for stored answers in the findings and comparison tests. */
import type { AnswerValue, QuestionId } from '../../../src/content/model';
import type { Answer } from '../../../src/domain/model';

function answer(questionId: QuestionId, value: AnswerValue, rowKey?: string): Answer {
  return {
    key: `${questionId}${rowKey ? `:${rowKey}` : ''}`,
    roundKey: 'round-1',
    questionId,
    rowKey,
    value,
  };
}

/** A single-choice answer. */
export const single = (questionId: QuestionId, choice: string): Answer =>
  answer(questionId, { kind: 'single', choice });

/** A multiple-choice answer. */
export const multiple = (questionId: QuestionId, choices: string[]): Answer =>
  answer(questionId, { kind: 'multiple', choices });

/** An FTE answer. */
export const fte = (questionId: QuestionId, value: number): Answer =>
  answer(questionId, { kind: 'fte', fte: value });

/** One row of a grid answer. */
export const gridRow = (questionId: QuestionId, row: string, column: string): Answer =>
  answer(questionId, { kind: 'grid', row, column }, row);
