import { describe, expect, it } from 'vitest';
import { hintBetween, resolveOrderHint } from '../../../src/local-m365/order-hint';

describe('order hints', () => {
  it('sorts a new hint between its neighbours', () => {
    const first = hintBetween('', '');
    const last = hintBetween(first, '');
    const middle = hintBetween(first, last);
    expect(first < middle).toBe(true);
    expect(middle < last).toBe(true);
  });

  it('keeps room before the first hint', () => {
    let next = hintBetween('', '');
    for (let round = 0; round < 40; round += 1) {
      const before = hintBetween('', next);
      expect(before < next).toBe(true);
      expect(before.endsWith('!')).toBe(false);
      next = before;
    }
  });

  it('fits between service hints with punctuation', () => {
    const hint = hintBetween('85752723360752+', '85752723360752,');
    expect(hint > '85752723360752+').toBe(true);
    expect(hint < '85752723360752,').toBe(true);
  });

  it('rejects neighbours in the wrong order', () => {
    expect(() => hintBetween('b', 'a')).toThrow(/does not sort before/);
  });

  it('reads the client form and rejects a bare service hint', () => {
    expect(resolveOrderHint(' !')).toBe(hintBetween('', ''));
    expect(() => resolveOrderHint('85752723360752+')).toThrow(/Invalid order hint/);
  });
});
