/** Seeds a memory store with one round and the given answers. */
import type { AnswerValue, QuestionId } from '../../../../src/content/model';
import { createMemoryStore, type MemoryStore } from './memoryStore';

/** The round the seeded answers belong to. */
export const seededRound = {
  key: 'round-first',
  name: 'Zelfevaluatie 2026',
  referenceDate: '2026-12-04',
};

/** One answer to seed: question, optional grid row, value. */
export type SeedAnswer = [QuestionId, AnswerValue, string?];

/** Returns a store with the round and the answers in it. */
export function storeWithAnswers(answers: SeedAnswer[]): MemoryStore {
  const store = createMemoryStore();
  store.rounds.seed(seededRound);
  for (const [questionId, value, rowKey] of answers) {
    const key = [seededRound.key, questionId, rowKey].filter(Boolean).join(':');
    store.answers.seed({ key, roundKey: seededRound.key, questionId, rowKey, value });
  }
  return store;
}
