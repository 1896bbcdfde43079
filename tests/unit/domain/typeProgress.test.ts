import { describe, expect, it } from 'vitest';
import { ictTypes, stepsForTypes } from '../../../src/content/ictTypes';
import type { IctTypeId } from '../../../src/content/model';
import {
  blockProgress,
  buildStepItems,
  readItemState,
  writeItemState,
  type StepItem,
} from '../../../src/domain/typeProgress';

function itemsFor(ids: IctTypeId[]): StepItem[] {
  return buildStepItems(stepsForTypes(ids), ictTypes, ids);
}

function rowWithText(items: StepItem[], text: string): StepItem {
  const row = items.find((item) => item.variants.some((variant) => variant.step.text === text));
  if (!row) throw new Error(`no row with text: ${text}`);
  return row;
}

const INVENTORY = 'Breng in kaart welke hard- en software het lokaal bestuur gebruikt.';

describe('buildStepItems', () => {
  it('gives type 2 one row per step and one per choice', () => {
    const items = itemsFor(['t2']);

    const counts = ['b1', 'b2', 'b3', 'b4', 'b5'].map(
      (block) => items.filter((item) => item.block === block).length,
    );
    expect(counts).toEqual([4, 2, 3, 6, 5]);
    expect(items.filter((item) => item.kind === 'choice')).toHaveLength(1);
  });

  it('keeps the block order and the step numbers', () => {
    const items = itemsFor(['t2']);

    expect(items.map((item) => item.block)).toEqual([...items.map((item) => item.block)].sort());
    expect(items.filter((item) => item.block === 'b5').map((item) => item.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('merges a step shared by types 1 and 3', () => {
    const row = rowWithText(itemsFor(['t1', 't3']), INVENTORY);

    expect(row.typeIds).toEqual(['t1', 't3']);
    expect(row.stateKeys).toEqual(['t1-b4-1', 't3-b4-1']);
  });

  it('joins choices of two types into one row', () => {
    const choices = itemsFor(['t1', 't3']).filter((item) => item.kind === 'choice');

    expect(choices).toHaveLength(1);
    expect(choices[0]!.variants).toHaveLength(3);
    expect(choices[0]!.stateKeys).toEqual(['t1-b3-1', 't3-b3-1']);
    expect(choices[0]!.typeIds).toEqual(['t1', 't3']);
  });

  it('lists type ids in the report order', () => {
    const row = rowWithText(itemsFor(['t3', 't1']), INVENTORY);

    expect(row.typeIds).toEqual(['t1', 't3']);
  });

  it('returns no rows without a type', () => {
    expect(itemsFor([])).toEqual([]);
  });
});

describe('item state', () => {
  it('writes a shared row under every state key', () => {
    const row = rowWithText(itemsFor(['t1', 't3']), INVENTORY);

    const states = writeItemState(row, {}, { done: true, actionKey: 'step-t1-b4-1' });

    expect(states['t1-b4-1']).toEqual({ done: true, actionKey: 'step-t1-b4-1' });
    expect(states['t3-b4-1']).toEqual({ done: true, actionKey: 'step-t1-b4-1' });
  });

  it('keeps a shared row done after a type is dropped', () => {
    const both = rowWithText(itemsFor(['t1', 't3']), INVENTORY);
    const states = writeItemState(both, {}, { done: true });

    const onlyThree = rowWithText(itemsFor(['t3']), INVENTORY);

    expect(readItemState(onlyThree, states).done).toBe(true);
  });

  it('reads a state stored under any key of the row', () => {
    const row = rowWithText(itemsFor(['t1', 't3']), INVENTORY);

    const state = readItemState(row, { 't3-b4-1': { done: true, actionKey: 'a-1' } });

    expect(state).toEqual({ done: true, actionKey: 'a-1' });
  });

  it('stores a choice per group with that group’s step id', () => {
    const choice = itemsFor(['t1', 't3']).find((item) => item.kind === 'choice')!;
    const shared = choice.variants.findIndex((variant) => variant.sources.length === 2);

    const states = writeItemState(choice, {}, { choice: shared });

    expect(states['t1-b3-1']?.choice).toBe('t1-b3-1b');
    expect(states['t3-b3-1']?.choice).toBe('t3-b3-1b');
    expect(readItemState(choice, states).choice).toBe(shared);
  });

  it('keeps the shared alternative chosen for type 3 alone', () => {
    const both = itemsFor(['t1', 't3']).find((item) => item.kind === 'choice')!;
    const shared = both.variants.findIndex((variant) => variant.sources.length === 2);
    const states = writeItemState(both, {}, { choice: shared });

    const alone = itemsFor(['t3']).find((item) => item.kind === 'choice')!;
    const chosen = readItemState(alone, states).choice;

    expect(alone.variants[chosen!]?.step.id).toBe('t3-b3-1b');
  });

  it('reads an empty state as not done', () => {
    const row = itemsFor(['t2'])[0]!;

    expect(readItemState(row, {})).toEqual({ done: false });
  });
});

describe('blockProgress', () => {
  it('counts done rows of one block', () => {
    const items = itemsFor(['t2']);
    const firstTwo = items.filter((item) => item.block === 'b1').slice(0, 2);
    const states = firstTwo.reduce((all, item) => writeItemState(item, all, { done: true }), {});

    expect(blockProgress(items, states, 'b1')).toEqual({ done: 2, total: 4 });
    expect(blockProgress(items, states, 'b2')).toEqual({ done: 0, total: 2 });
  });

  it('counts a choice as one row', () => {
    const items = itemsFor(['t1', 't3']);
    const choice = items.find((item) => item.kind === 'choice')!;

    const states = writeItemState(choice, {}, { done: true });

    expect(blockProgress(items, states, 'b3')).toEqual({ done: 1, total: 3 });
  });

  it('gives zero of zero for a block without rows', () => {
    expect(blockProgress([], {}, 'b1')).toEqual({ done: 0, total: 0 });
  });
});
