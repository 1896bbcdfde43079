/** Which questions show: a conditional question (18–20) only after the answer it depends on. */
import type { AnswerValue, Question } from '../../../content/model';

/** True when the question has no condition, or the question it depends on has one of the listed answers. */
export function isVisible(
  question: Question,
  valueOf: (questionId: Question['id']) => AnswerValue | undefined,
) {
  if (!question.condition) return true;
  const value = valueOf(question.condition.questionId);
  if (value?.kind === 'single') return question.condition.oneOf.includes(value.choice);
  if (value?.kind === 'multiple')
    return value.choices.some((choice) => question.condition!.oneOf.includes(choice));
  return false;
}
