/** Props every answer input shares. */
import type { AnswerValue, Question } from '../../../../content/model';

/** The common props of an answer input for question kind `Q`. */
export interface AnswerInputProps<Q extends Question = Question> {
  question: Q;
  value?: AnswerValue;
  /** Saves a new value; `undefined` clears the answer. */
  onChange(value: AnswerValue | undefined): void;
  /** Id of the element with the prompt, for aria-labelledby. */
  labelId: string;
  /** Id of the help text, for aria-describedby. */
  describedBy?: string;
}
