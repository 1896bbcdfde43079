/** Answers in the list "Risicoradar antwoorden", one item per round, question and row. */
import type { AnswerValue, QuestionId } from '../../content/model';
import type { Answer } from '../../domain/model';
import type { AnswerRepository } from '../store';
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

/** Maps an answer; the value is stored as JSON in a multi-line text column. */
export const answerMapper: EntityMapper<Answer> = {
  list: 'answers',
  columns: ['RoundKey', 'QuestionId', 'RowKey', 'AnswerValue', ...personColumns('AnsweredBy')],
  validate: (answer) => checkText(JSON.stringify(answer.value), 'answer'),
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
