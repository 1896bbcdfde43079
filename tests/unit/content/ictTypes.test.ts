import { describe, expect, it } from 'vitest';

import { ictTypeName, ictTypes, stepsForTypes } from '../../../src/content/ictTypes';
import type { BuildingBlockId, IctType } from '../../../src/content/model';

const blocks: BuildingBlockId[] = ['b1', 'b2', 'b3', 'b4', 'b5'];

function countsPerBlock(type: IctType): number[] {
  return blocks.map((block) => type.steps.filter((step) => step.buildingBlock === block).length);
}

describe('ICT types', () => {
  it('lists type 1 to type 5 in the report order', () => {
    expect(ictTypes.map(ictTypeName)).toEqual(['Type 1', 'Type 2', 'Type 3', 'Type 4', 'Type 5']);
    expect(ictTypes.map((type) => type.id)).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });

  it('keeps the overview order in the descriptions', () => {
    const openings = ictTypes.map((type) => type.description.split(' ').slice(0, 4).join(' '));
    expect(openings).toEqual([
      'De ICT-functie in ons',
      'Ons lokaal bestuur heeft',
      'Onze ICT-functie werkt projectmatig',
      'Onze ICT-functie doet van',
      'Ons lokaal bestuur heeft',
    ]);
    expect(ictTypes[1]?.description).toContain('geen ICT-functie');
    expect(ictTypes[4]?.description).toContain('regisseur');
  });

  it.each([
    ['t1', [4, 3, 4, 6, 6]],
    ['t2', [4, 2, 4, 6, 5]],
    ['t3', [3, 2, 4, 6, 6]],
    ['t4', [3, 4, 4, 6, 6]],
    ['t5', [4, 1, 4, 6, 6]],
  ])('gives %s its steps per block', (id, expected) => {
    const type = ictTypes.find((candidate) => candidate.id === id) as IctType;
    expect(countsPerBlock(type)).toEqual(expected);
  });

  it('groups the either/or step of block 3', () => {
    for (const type of ictTypes) {
      const grouped = type.steps.filter((step) => step.choiceGroup !== undefined);
      expect(
        grouped.map((step) => step.id),
        type.id,
      ).toEqual([`${type.id}-b3-1a`, `${type.id}-b3-1b`]);
      expect(new Set(grouped.map((step) => step.choiceGroup)).size, type.id).toBe(1);
    }
  });

  it('keeps the sub-points of type 1, block 2', () => {
    const step = ictTypes[0]?.steps.find((candidate) => candidate.id === 't1-b2-2');
    expect(step?.details).toHaveLength(5);
    expect(step?.details?.[2]).toBe('patchmanagement;');
    expect(step?.detailsEn).toHaveLength(5);
  });

  it('translates and classes every step', () => {
    for (const step of ictTypes.flatMap((type) => type.steps)) {
      expect(step.en, step.id).toBeTruthy();
      expect(['must', 'should', 'could', 'wont'], step.id).toContain(step.suggestedMoscow);
    }
  });

  it('gives every step a unique id', () => {
    const ids = ictTypes.flatMap((type) => type.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('merges shared steps of chosen types', () => {
    const single = stepsForTypes(['t1']);
    const both = stepsForTypes(['t1', 't3']);
    expect(single).toHaveLength(23);
    // Types 1 and 3 share blocks 3 (apart from step 1a), 4 and 5 word for word.
    expect(both.filter((step) => step.buildingBlock === 'b4')).toHaveLength(6);
    expect(both.filter((step) => step.buildingBlock === 'b3')).toHaveLength(5);
    expect(both.map((step) => step.buildingBlock)).toEqual(
      [...both.map((s) => s.buildingBlock)].sort(),
    );
  });
});
