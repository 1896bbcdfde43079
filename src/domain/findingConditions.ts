/** Evaluation of the finding rules' condition language against one round's answers. */
import type { AnswerCondition, QuestionId } from '../content/model';
import { fteValue, multipleChoices, singleChoice, type AnswerIndex } from './answerIndex';

/** The answer key of evidence for an option that was left unticked. */
export const NOT_TICKED = 'notTicked';

/** The answer key of evidence for an FTE number; the number itself is in `fte`. */
export const FTE_ANSWER = 'fte';

/** One answer behind a finding: question, grid row or option, and the key the bestuur gave. */
export interface FindingEvidence {
  questionId: QuestionId;
  /** Grid row for grid questions. */
  rowKey?: string;
  /** Option of a multiple-choice question that the evidence is about. */
  optionKey?: string;
  /** The stored choice or column key, `notTicked` or `fte`. */
  answerKey: string;
  fte?: number;
}

/** Evaluates a condition; returns the evidence when it holds, and undefined when it does not. */
export function evaluateCondition(
  condition: AnswerCondition,
  index: AnswerIndex,
): FindingEvidence[] | undefined {
  switch (condition.kind) {
    case 'choiceIn':
    case 'choiceNotIn':
      return evaluateChoice(condition, index);
    case 'notTicked': {
      const choices = multipleChoices(index, condition.questionId);
      if (!choices || choices.includes(condition.option)) return undefined;
      const { questionId, option } = condition;
      return [{ questionId, optionKey: option, answerKey: NOT_TICKED }];
    }
    case 'fteBelow':
    case 'fteAbove':
      return evaluateFte(condition, index);
    case 'gridRowIn': {
      const column = index.gridRow(condition.questionId, condition.row);
      if (column === undefined || !condition.columns.includes(column)) return undefined;
      return [{ questionId: condition.questionId, rowKey: condition.row, answerKey: column }];
    }
    case 'gridAnyRowIn': {
      const rows = [...index.gridRows(condition.questionId)];
      const matches = rows.filter(([, column]) => condition.columns.includes(column));
      if (matches.length === 0) return undefined;
      return matches.map(([rowKey, column]) => ({
        questionId: condition.questionId,
        rowKey,
        answerKey: column,
      }));
    }
    case 'all':
      return evaluateAll(condition.conditions, index);
    case 'any': {
      const held = condition.conditions.map((part) => evaluateCondition(part, index));
      const evidence = held.filter((part) => part !== undefined).flat();
      return held.some((part) => part !== undefined) ? evidence : undefined;
    }
  }
}

function evaluateChoice(
  condition: Extract<AnswerCondition, { kind: 'choiceIn' | 'choiceNotIn' }>,
  index: AnswerIndex,
): FindingEvidence[] | undefined {
  const choice = singleChoice(index, condition.questionId);
  if (choice === undefined) return undefined;
  const holds =
    condition.kind === 'choiceIn'
      ? condition.oneOf.includes(choice)
      : !condition.noneOf.includes(choice);
  return holds ? [{ questionId: condition.questionId, answerKey: choice }] : undefined;
}

function evaluateFte(
  condition: Extract<AnswerCondition, { kind: 'fteBelow' | 'fteAbove' }>,
  index: AnswerIndex,
): FindingEvidence[] | undefined {
  const fte = fteValue(index, condition.questionId);
  if (fte === undefined) return undefined;
  const holds = condition.kind === 'fteBelow' ? fte < condition.below : fte > condition.above;
  return holds ? [{ questionId: condition.questionId, answerKey: FTE_ANSWER, fte }] : undefined;
}

function evaluateAll(
  conditions: AnswerCondition[],
  index: AnswerIndex,
): FindingEvidence[] | undefined {
  const evidence: FindingEvidence[] = [];
  for (const part of conditions) {
    const held = evaluateCondition(part, index);
    if (!held) return undefined;
    evidence.push(...held);
  }
  return evidence;
}
