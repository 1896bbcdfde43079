/** Lookup of one round's answers by question and grid row, for the findings and the comparison. */
import type { AnswerValue, QuestionId } from '../content/model';
import type { Answer } from './model';

/** The answers of one round, keyed by question id, and by question id and row key for grids. */
export interface AnswerIndex {
  value(questionId: QuestionId): AnswerValue | undefined;
  gridRow(questionId: QuestionId, rowKey: string): string | undefined;
  gridRows(questionId: QuestionId): Map<string, string>;
}

/** Builds an index over the answers of one round; a later answer for the same slot wins. */
export function indexAnswers(answers: readonly Answer[]): AnswerIndex {
  const values = new Map<QuestionId, AnswerValue>();
  const grids = new Map<QuestionId, Map<string, string>>();

  for (const answer of answers) {
    if (answer.value.kind !== 'grid') {
      values.set(answer.questionId, answer.value);
      continue;
    }
    const rows = grids.get(answer.questionId) ?? new Map<string, string>();
    // The row is stored twice (rowKey and value.row); the value is what the UI wrote.
    rows.set(answer.value.row, answer.value.column);
    grids.set(answer.questionId, rows);
  }

  return {
    value: (questionId) => values.get(questionId),
    gridRow: (questionId, rowKey) => grids.get(questionId)?.get(rowKey),
    gridRows: (questionId) => grids.get(questionId) ?? new Map(),
  };
}

/** Returns the chosen key of a single-choice answer. */
export function singleChoice(index: AnswerIndex, questionId: QuestionId): string | undefined {
  const value = index.value(questionId);
  return value?.kind === 'single' ? value.choice : undefined;
}

/** Returns the ticked keys of a multiple-choice answer, or undefined when it was not answered. */
export function multipleChoices(index: AnswerIndex, questionId: QuestionId): string[] | undefined {
  const value = index.value(questionId);
  return value?.kind === 'multiple' ? value.choices : undefined;
}

/** Returns the number of an FTE answer. */
export function fteValue(index: AnswerIndex, questionId: QuestionId): number | undefined {
  const value = index.value(questionId);
  return value?.kind === 'fte' ? value.fte : undefined;
}
