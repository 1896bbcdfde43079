/** Answers in the list "Risicoradar antwoorden", one item per round, question and row. */
import type { AnswerValue, QuestionId } from '../../content/model';
import type { Answer } from '../../domain/model';
import { MAX_TEXT_LENGTH } from '../schema';
import type { AnswerRepository } from '../store';
import { GraphValidationError } from '../validation';
import {
  checkText,
  personColumns,
  personFields,
  readPerson,
  readText,
  type EntityMapper,
} from './fields';
import { ListRepository } from './listRepository';
import { fieldEquals } from './odata';

/** Returns the slot of an answer: round, question and row, which one item stores. */
export function answerSlot(answer: Pick<Answer, 'roundKey' | 'questionId' | 'rowKey'>): string {
  return JSON.stringify([answer.roundKey, answer.questionId, answer.rowKey ?? '']);
}

/**
 * Limit for the stored JSON of one answer, in characters. JSON escaping can make each typed
 * character six long (a control character becomes `\u0000`), so a text at the typed limit
 * fits with room for the wrapper.
 * NOTE: SharePoint's own maximum for a multi-line text column is assumed to be higher; the
 * stand-in accepts 1,000,000 characters.
 */
export const MAX_ANSWER_JSON_LENGTH = 6 * MAX_TEXT_LENGTH + 1_000;

// The limit applies to what the user typed, not to the JSON wrapper around it, so a text of
// the length the field allows is saved.
function checkAnswerValue(value: AnswerValue): void {
  if (value.kind === 'text') checkText(value.text, 'answer');
  if (value.kind === 'single' || value.kind === 'multiple') checkText(value.other, 'answer');
  const stored = JSON.stringify(value);
  if (stored.length > MAX_ANSWER_JSON_LENGTH) {
    throw GraphValidationError.tooLong('answer', MAX_ANSWER_JSON_LENGTH, stored.length);
  }
}

/** Maps an answer; the value is stored as JSON in a multi-line text column. */
export const answerMapper: EntityMapper<Answer> = {
  list: 'answers',
  columns: ['RoundKey', 'QuestionId', 'RowKey', 'AnswerValue', ...personColumns('AnsweredBy')],
  validate: (answer) => checkAnswerValue(answer.value),
  toFields: (answer) => ({
    Title: answer.questionId,
    RoundKey: answer.roundKey,
    QuestionId: answer.questionId,
    RowKey: answer.rowKey ?? '',
    Slot: answerSlot(answer),
    AnswerValue: JSON.stringify(answer.value),
    ...personFields('AnsweredBy', answer.answeredBy),
  }),
  fromFields: (fields) => ({
    roundKey: readText(fields, 'RoundKey') ?? '',
    questionId: (readText(fields, 'QuestionId') ?? 'q0') as QuestionId,
    rowKey: readText(fields, 'RowKey'),
    value: JSON.parse(
      readText(fields, 'AnswerValue') ?? '{"kind":"text","text":""}',
    ) as AnswerValue,
    answeredBy: readPerson(fields, 'AnsweredBy'),
  }),
};

/** The answers of a round; `save` writes the one item of a round, question and row. */
export class AnswerListRepository extends ListRepository<Answer> implements AnswerRepository {
  /** Reads the answers of one round. */
  override async list(roundKey?: string): Promise<Answer[]> {
    return this.query(roundKey === undefined ? undefined : fieldEquals('RoundKey', roundKey));
  }

  /** Updates the stored answer of the same slot, or creates it. */
  async save(answer: Answer): Promise<Answer> {
    if (answer.id) return this.update(answer);
    const existing = (await this.query(fieldEquals('Slot', answerSlot(answer))))[0];
    if (!existing) return this.create(answer);
    return this.update({ ...answer, id: existing.id, etag: existing.etag, key: existing.key });
  }
}
