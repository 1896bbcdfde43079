import { describe, expect, it } from 'vitest';
import { firstSentence, recordTitle } from '../../../../src/tab/features/types/recordTitle';

describe('recordTitle', () => {
  it('keeps a text of 255 characters whole', () => {
    const text = 'a'.repeat(255);

    expect(recordTitle(text)).toEqual({ title: text, shortened: false });
  });

  it('takes the first sentence of a longer text', () => {
    const first = 'Documenteer de afspraken.';
    const text = `${first} ${'Meer tekst volgt hier. '.repeat(12)}`;

    expect(recordTitle(text)).toEqual({ title: first, shortened: true });
  });

  it('cuts a long first sentence at a word', () => {
    const text = `${'woord '.repeat(60)}einde.`;

    const { title, shortened } = recordTitle(text);

    expect(shortened).toBe(true);
    expect(title.length).toBeLessThanOrEqual(255);
    expect(title.endsWith('woord…')).toBe(true);
  });
});

describe('firstSentence', () => {
  it('skips the period of an abbreviation', () => {
    const text = 'Iemand (bv. de DPO) coördineert dit. Daarna meer.';

    expect(firstSentence(text)).toBe('Iemand (bv. de DPO) coördineert dit.');
  });

  it('returns a text without sentence end whole', () => {
    expect(firstSentence('Volg de opmaak actief op')).toBe('Volg de opmaak actief op');
  });
});
