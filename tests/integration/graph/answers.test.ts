import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/model';
import type { RisicoradarStore } from '../../../src/graph/store';
import { GraphValidationError } from '../../../src/graph/validation';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let store: RisicoradarStore;

function textAnswer(questionId: Answer['questionId'], text: string): Answer {
  return {
    key: `round-long:${questionId}`,
    roundKey: 'round-long',
    questionId,
    value: { kind: 'text', text },
  };
}

beforeAll(async () => {
  standIn = await startStandIn();
  store = standIn.session().openStore({ groupId: GROUP_ID });
  await store.provision();
});

afterAll(async () => {
  await standIn?.close();
});

describe('answer text length', () => {
  it('stores a text of exactly 10,000 characters', async () => {
    const text = 'a'.repeat(10_000);

    await store.answers.create(textAnswer('q2', text));

    const stored = (await store.answers.list('round-long')).find((a) => a.questionId === 'q2');
    expect(stored?.value).toEqual({ kind: 'text', text });
  });

  it('stores quotes and line breaks that double in JSON', async () => {
    const text = '"\n\\'.repeat(3_333);

    await store.answers.create(textAnswer('q21', text));

    const stored = (await store.answers.list('round-long')).find((a) => a.questionId === 'q21');
    expect(stored?.value).toEqual({ kind: 'text', text });
  });

  it('rejects a text of 10,001 characters with its own length', async () => {
    const save = store.answers.create(textAnswer('q22', 'a'.repeat(10_001)));

    await expect(save).rejects.toBeInstanceOf(GraphValidationError);
    await expect(save).rejects.toMatchObject({ actualLength: 10_001, maxLength: 10_000 });
  });

  it('rejects an over-long "Andere" text by its own length', async () => {
    const answer: Answer = {
      key: 'round-long:q3',
      roundKey: 'round-long',
      questionId: 'q3',
      value: { kind: 'multiple', choices: ['other'], other: 'b'.repeat(10_001) },
    };

    await expect(store.answers.create(answer)).rejects.toMatchObject({ actualLength: 10_001 });
  });
});
