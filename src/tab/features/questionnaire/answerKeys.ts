/** Client keys of answers: one per round, question and (for grids) row. */
import type { QuestionId } from '../../../content/model';

/** What an answer belongs to within a round. */
export interface AnswerTarget {
  questionId: QuestionId;
  rowKey?: string;
}

/** Returns the answer's client key, so every member writes the same list item for the same field. */
export function answerKey(roundKey: string, target: AnswerTarget): string {
  const base = `${roundKey}:${target.questionId}`;
  return target.rowKey ? `${base}:${target.rowKey}` : base;
}
