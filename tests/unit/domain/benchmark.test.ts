import { describe, expect, it } from 'vitest';

import { questionById, questions } from '../../../src/content/questionnaire';
import { compareQuestion, compareQuestionnaire } from '../../../src/domain/benchmark';
import { fte, gridRow, multiple, single } from '../content/answerFixtures';

describe('compareQuestion', () => {
  it('marks the own answer among the bars', () => {
    const comparison = compareQuestion(questionById('q9'), [single('q9', 'no')]);
    const bars = comparison.groups[0]?.bars ?? [];
    expect(bars.map((bar) => [bar.key, bar.percent, bar.own])).toEqual([
      ['yes', 39, false],
      ['no', 60, true],
      ['blank', 1, false],
    ]);
    expect(bars[2]?.label.nl).toBe('Blanco');
  });

  it('says the own answer was the most common', () => {
    const { statement } = compareQuestion(questionById('q9'), [single('q9', 'no')]);
    expect(statement.nl).toBe(
      'Je bestuur antwoordde «Neen», net als 60 % van de 144. Dat was het meest gegeven antwoord.',
    );
  });

  it('names the most common answer otherwise', () => {
    const { statement } = compareQuestion(questionById('q6'), [single('q6', 'yes')]);
    expect(statement.en).toBe(
      'Your local government answered “Yes”, as did 23% of the 144. The most common answer was “No” (51%).',
    );
  });

  it('says when a question is not answered yet', () => {
    const { statement } = compareQuestion(questionById('q7'), []);
    expect(statement.nl).toBe('Je bestuur beantwoordde deze vraag nog niet.');
  });

  it('says the report gives no figure', () => {
    const comparison = compareQuestion(questionById('q16'), [
      gridRow('q16', 'securityPolicy', 'partly'),
    ]);
    expect(comparison.availability).toBe('none');
    expect(comparison.statement.nl).toBe('Het rapport geeft geen cijfer voor deze vraag.');
    expect(comparison.note?.nl).toContain('bedrijfscontinuïteitsplan');
  });

  it('keeps own answers without a figure in the table', () => {
    const comparison = compareQuestion(questionById('q3'), [
      multiple('q3', ['municipality', 'ocmw']),
    ]);
    const group = comparison.groups[0];
    expect(group?.ownAnswers.map((label) => label.nl)).toEqual([
      'gemeentelijke administratie',
      'OCMW-administratie',
    ]);
    expect(group?.bars.filter((bar) => bar.own).map((bar) => bar.key)).toEqual(['ocmw']);
    // Gemeentescholen: 57 % of the 144, so most ticked an option this bestuur left out.
    expect(comparison.statement.nl).toBe(
      'De meeste van de 144 duidden ook «Gemeentescho(o)l(en)» aan; je bestuur niet.',
    );
  });

  it('says all common options were ticked', () => {
    const answers = [multiple('q3', ['ocmw', 'school'])];
    expect(compareQuestion(questionById('q3'), answers).statement.nl).toBe(
      'Je bestuur duidde alles aan wat de meeste van de 144 aanduidden.',
    );
  });

  it('names common domains left unticked', () => {
    const { statement } = compareQuestion(questionById('q14'), [
      multiple('q14', ['d2', 'd3', 'd4', 'd6', 'd7', 'd8', 'd9', 'd10', 'd11']),
    ]);
    expect(statement.nl).toBe(
      'De meeste van de 144 duidden ook «Continuïteit, incidentenbeheer en noodprocedures» aan; je bestuur niet.',
    );
  });

  it('gives q15 one chart per domain', () => {
    const comparison = compareQuestion(questionById('q15'), [
      gridRow('q15', 'd1', 'majorWorkPoints'),
      gridRow('q15', 'd9', 'majorWorkPoints'),
    ]);
    expect(comparison.groups).toHaveLength(13);
    const governance = comparison.groups[0];
    expect(governance?.bars.map((bar) => bar.percent)).toEqual([19.85, 59.56, 20.59]);
    expect(governance?.bars.map((bar) => bar.own)).toEqual([false, true, false]);
    // Domain 9: 62.14 % judged it covered, so most did better; domain 1: only 19.85 % did.
    expect(comparison.statement.nl).toBe(
      'Bij 1 van de 2 beantwoorde rijen gaf de meerderheid van de 144 een gunstiger antwoord dan je bestuur.',
    );
  });

  it('places q4 in the overlapping bands', () => {
    const comparison = compareQuestion(questionById('q4'), [fte('q4', 0.5)]);
    const own = comparison.groups[0]?.bars.filter((bar) => bar.own).map((bar) => bar.key);
    expect(own).toEqual(['from0.02to2', 'below1']);
    expect(comparison.statement.nl).toBe(
      'Je bestuur gaf 0,5 VTE op en valt in: 0,02 tot 2 VTE (58 %), minder dan 1 VTE (een derde) (33,33 %).',
    );
  });

  it('keeps 1 FTE out of the below-one band', () => {
    const comparison = compareQuestion(questionById('q4'), [fte('q4', 1)]);
    const own = comparison.groups[0]?.bars.filter((bar) => bar.own).map((bar) => bar.key);
    expect(own).toEqual(['from0.02to2']);
  });

  it('reads q5 together with q4', () => {
    const band = (answers: Parameters<typeof compareQuestion>[1]) =>
      compareQuestion(questionById('q5'), answers).groups[0]?.bars.find((bar) => bar.own)?.key;
    expect(band([fte('q4', 3), fte('q5', 1)])).toBe('notFilled');
    expect(band([fte('q4', 3), fte('q5', 0)])).toBe('fullyFilled');
    expect(band([fte('q4', 0), fte('q5', 0)])).toBe('noneProvided');
  });

  it('states the population of the 144', () => {
    const { population } = compareQuestion(questionById('q7'), []);
    expect(population.nl).toContain('144');
  });

  it('compares all 25 questions in order', () => {
    const comparisons = compareQuestionnaire(questions, [single('q7', 'yes')]);
    expect(comparisons.map((comparison) => comparison.questionId)).toEqual(
      questions.map((q) => q.id),
    );
    const withFigures = comparisons.filter((comparison) => comparison.availability !== 'none');
    expect(withFigures.map((comparison) => comparison.questionId)).toEqual([
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'q10',
      'q11',
      'q12',
      'q14',
      'q15',
      'q17',
    ]);
  });
});
