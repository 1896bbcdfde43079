import { describe, expect, it } from 'vitest';

import { riskDomains } from '../../../src/content/domains';
import type { AnswerOption, Question } from '../../../src/content/model';
import { questionById, questionnaireParts, questions } from '../../../src/content/questionnaire';

function optionsOf(question: Question): AnswerOption[] {
  return 'options' in question ? question.options : [];
}

function optionKeys(question: Question): string[] {
  return optionsOf(question).map((option) => option.key);
}

describe('questionnaire', () => {
  it('has the 25 questions numbered in order', () => {
    expect(questions.map((question) => question.number)).toEqual(
      Array.from({ length: 25 }, (_, index) => index + 1),
    );
    expect(new Set(questions.map((question) => question.id)).size).toBe(25);
  });

  it('lists the six parts in order and then the closing part', () => {
    expect(questionnaireParts.map((part) => part.id)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'extra',
    ]);
    const numbers = questionnaireParts.map((part) =>
      part.questionIds.map((id) => questionById(id).number),
    );
    expect(numbers).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11],
      [12, 13, 14, 15],
      [16, 17, 18, 19, 20],
      [21, 22, 23, 24, 25],
    ]);
    expect(questionnaireParts[6]?.title.nl).toBe('Bijkomende informatie');
  });

  it('marks exactly questions 1, 2, 3, 4 and 8 required', () => {
    const required = questions.filter((question) => question.required).map((q) => q.number);
    expect(required).toEqual([1, 2, 3, 4, 8]);
  });

  it('gives each question the kind the report uses', () => {
    const kinds = questions.map((question) => question.kind);
    expect(kinds).toEqual([
      'text',
      'text',
      'multiple',
      'fte',
      'fte',
      ...Array<string>(7).fill('single'),
      'multiple',
      'multiple',
      'grid',
      'grid',
      'single',
      ...Array<string>(7).fill('text'),
      'scale',
    ]);
    const q2 = questionById('q2');
    expect(q2.kind === 'text' ? q2.multiline : undefined).toBe(true);
  });

  it('offers every option of the single and multiple choice questions', () => {
    expect(optionKeys(questionById('q3'))).toEqual([
      'municipality',
      'ocmw',
      'agb',
      'welfareAssociation',
      'careHome',
      'school',
      'other',
    ]);
    expect(optionKeys(questionById('q6'))).toEqual(['yes', 'no', 'noButCanAddToAgenda']);
    for (const id of ['q7', 'q9', 'q10', 'q11', 'q17'] as const) {
      expect(optionKeys(questionById(id)), id).toEqual(['yes', 'no']);
    }
    expect(optionKeys(questionById('q8'))).toEqual(['yes', 'no', 'other']);
    expect(optionKeys(questionById('q12'))).toEqual(['yes', 'partly', 'no']);
    expect(optionKeys(questionById('q13'))).toHaveLength(6);
    expect(optionKeys(questionById('q14'))).toEqual(riskDomains.map((domain) => domain.id));
  });

  it('asks for text with "Andere" in questions 3, 8 and 13', () => {
    for (const id of ['q3', 'q8', 'q13'] as const) {
      const question = questionById(id);
      const other = optionsOf(question).at(-1);
      expect(other?.label.nl, id).toBe('Andere');
      expect(other?.withText, id).toBe(true);
    }
  });

  it('words the options of question 6 and 12 as the report does', () => {
    const q6 = questionById('q6');
    const q12 = questionById('q12');
    expect(optionsOf(q6)[2]?.label.nl).toBe(
      'Neen, maar de ICT-verantwoordelijke kan wel autonoom aandachtspunten met betrekking tot ICT agenderen op het managementteam.',
    );
    expect(optionsOf(q12)[1]?.label.nl).toBe("Ja, voor een deel van de ICT-risico's");
  });

  it('shows question 14 with its own domain wording', () => {
    const q14 = questionById('q14');
    const labels = optionsOf(q14).map((option) => option.label.nl);
    expect(labels[1]).toBe('Inrichting van de ICT-functie en/of ICT-functie(s) (ICT-organisatie)');
    expect(labels[2]).toBe(
      'Afspraken met betrekking tot het digitaal werken binnen de organisatie (bv. opslag bestanden, communicatiekanalen, ...)',
    );
    expect(labels[4]).toBe('ICT-kennis op het vlak van digitaal werken');
  });

  it('builds question 15 from 13 domains and 3 columns', () => {
    const q15 = questionById('q15');
    if (q15.kind !== 'grid') throw new Error('question 15 is not a grid');
    expect(q15.rows).toHaveLength(13);
    expect(q15.rows[1]?.label.nl).toBe(
      'Inrichting van de ICT-dienst en/of ICT-functie(s) (ICT-organisatie)',
    );
    expect(q15.columns.map((column) => column.label.nl)).toEqual([
      'Voldoende afgedekt',
      'Nog belangrijke werkpunten',
      'Onvoldoende onder controle',
    ]);
  });

  it('builds question 16 from 20 measures and 6 levels', () => {
    const q16 = questionById('q16');
    if (q16.kind !== 'grid') throw new Error('question 16 is not a grid');
    expect(q16.rows).toHaveLength(20);
    expect(new Set(q16.rows.map((row) => row.key)).size).toBe(20);
    expect(q16.columns.map((column) => column.label.nl)).toEqual([
      'Ja, we zijn een goede praktijk op dit vlak',
      'Ja, grotendeels wel',
      'Ja, gedeeltelijk',
      'In beperkte mate',
      'Neen, helemaal niet',
      'Geen idee of Niet in te schatten',
    ]);
  });

  it('shows question 18 after Ja and 19 and 20 after Neen', () => {
    expect(questionById('q18').condition).toEqual({ questionId: 'q17', oneOf: ['yes'] });
    expect(questionById('q19').condition).toEqual({ questionId: 'q17', oneOf: ['no'] });
    expect(questionById('q20').condition).toEqual({ questionId: 'q17', oneOf: ['no'] });
    const conditioned = questions.filter((question) => question.condition).map((q) => q.number);
    expect(conditioned).toEqual([18, 19, 20]);
  });

  it('scales question 25 from 0 to 10', () => {
    const q25 = questionById('q25');
    if (q25.kind !== 'scale') throw new Error('question 25 is not a scale');
    expect([q25.min, q25.max]).toEqual([0, 10]);
    expect(q25.minLabel.nl).toBe('Zeer moeilijk');
    expect(q25.maxLabel.nl).toBe('Zeer gemakkelijk');
  });

  it('marks the adaptations of questions 2, 4 and 5', () => {
    const adapted = questions.filter((question) => question.adaptation).map((q) => q.number);
    expect(adapted).toEqual([2, 4, 5]);
    expect(questionById('q5').prompt.nl).toContain('{referenceDate}');
    expect(questionById('q5').prompt.nl).not.toContain('1/10/2021');
    expect(questionById('q4').help?.nl).not.toContain('punt voor de decimalen');
    expect(questionById('q2').help?.nl).not.toContain('Privacyverklaring');
  });

  it('translates every option, row and column to English', () => {
    for (const question of questions) {
      const labels = [
        ...optionsOf(question),
        ...(question.kind === 'grid' ? [...question.rows, ...question.columns] : []),
      ].map((option) => option.label);
      for (const label of labels) expect(label.en, `${question.id}: ${label.nl}`).not.toBe('');
    }
  });

  it('translates every prompt and label to English', () => {
    for (const question of questions) {
      expect(question.prompt.en, question.id).not.toBe('');
      expect(question.prompt.en, question.id).not.toBe(question.prompt.nl);
    }
  });
});
