import { describe, expect, it } from 'vitest';

import {
  benchmarkFor,
  BENCHMARK_POPULATION,
  questionBenchmarks,
} from '../../../src/content/benchmark';
import type { QuestionBenchmark, QuestionId } from '../../../src/content/model';
import { questions } from '../../../src/content/questionnaire';

function shares(benchmark: QuestionBenchmark): Record<string, number> {
  return Object.fromEntries(benchmark.figures.map((figure) => [figure.answer, figure.percent]));
}

function total(benchmark: QuestionBenchmark): number {
  return benchmark.figures.reduce((sum, figure) => sum + figure.percent, 0);
}

// Read from bijlage 4 of the report, independently of the data file.
const expectedChoices: Record<string, Record<string, number>> = {
  q6: { yes: 23, noButCanAddToAgenda: 26, no: 51 },
  q7: { yes: 85, no: 15 },
  q8: { yes: 46, other: 15, no: 39 },
  q9: { yes: 39, no: 60, blank: 1 },
  q10: { yes: 57, no: 42, blank: 1 },
  q11: { yes: 89, no: 11 },
  q12: { yes: 30, partly: 49, no: 21 },
  q17: { yes: 93, no: 7 },
};

// Question 15 per domain: voldoende afgedekt, nog belangrijke werkpunten, onvoldoende onder controle.
const expectedDomainControl: Record<string, [number, number, number]> = {
  d1: [19.85, 59.56, 20.59],
  d2: [38.46, 46.15, 15.38],
  d3: [41.13, 47.58, 11.29],
  d4: [53.85, 41.26, 4.9],
  d5: [18.31, 71.83, 9.86],
  d6: [44.6, 47.48, 7.91],
  d7: [40.56, 57.34, 2.1],
  d8: [34.04, 60.99, 4.96],
  d9: [62.14, 32.14, 5.71],
  d10: [60.14, 38.46, 1.4],
  d11: [55.63, 41.55, 2.82],
  d12: [25.35, 60.56, 14.08],
  d13: [14.63, 55.28, 30.08],
};

describe('benchmark figures', () => {
  it('covers every question exactly once', () => {
    expect(questionBenchmarks.map((benchmark) => benchmark.questionId)).toEqual(
      questions.map((question) => question.id),
    );
  });

  it('names the report place of every figure and band', () => {
    for (const benchmark of questionBenchmarks) {
      for (const figure of benchmark.figures) {
        expect(figure.source.where, benchmark.questionId).toMatch(/^Bijlage [24], /);
      }
      for (const band of benchmark.bands ?? []) {
        expect(band.source.where, benchmark.questionId).toMatch(/^Bijlage 4, vraag [45]$/);
      }
    }
  });

  it.each(Object.entries(expectedChoices))('gives the report shares for %s', (id, expected) => {
    const benchmark = benchmarkFor(id as QuestionId);
    expect(benchmark.availability).toBe('figures');
    expect(shares(benchmark)).toEqual(expected);
    expect(total(benchmark)).toBe(100);
  });

  it('counts 134 and 10 besturen for question 17', () => {
    const counts = benchmarkFor('q17').figures.map((figure) => [figure.answer, figure.count]);
    expect(counts).toEqual([
      ['yes', 134],
      ['no', 10],
    ]);
  });

  it('takes question 3 from bijlage 2', () => {
    const benchmark = benchmarkFor('q3');
    expect(shares(benchmark)).toEqual({ ocmw: 98, agb: 44, careHome: 40, school: 57 });
    expect(benchmark.figures.every((figure) => figure.source.where.startsWith('Bijlage 2'))).toBe(
      true,
    );
    expect(benchmark.note?.nl).toContain('geen cijfer');
  });

  it('gives ten domain shares for question 14', () => {
    const benchmark = benchmarkFor('q14');
    expect(shares(benchmark)).toEqual({
      d2: 58,
      d3: 67,
      d4: 74,
      d6: 58,
      d7: 78,
      d8: 67,
      d9: 76,
      d10: 76,
      d11: 69,
      d12: 55,
    });
    expect(benchmark.note?.nl).toContain('minder dan de helft');
  });

  it.each(Object.entries(expectedDomainControl))(
    'matches question 15 for %s',
    (domain, [covered, workPoints, notControlled]) => {
      const table = shares(benchmarkFor('q15'));
      expect(table[`${domain}:covered`]).toBe(covered);
      expect(table[`${domain}:majorWorkPoints`]).toBe(workPoints);
      expect(table[`${domain}:notControlled`]).toBe(notControlled);
      expect(Math.abs(covered + workPoints + notControlled - 100)).toBeLessThanOrEqual(0.02);
    },
  );

  it('has 39 figures for question 15', () => {
    expect(benchmarkFor('q15').figures).toHaveLength(39);
  });

  it('gives only bands for question 4', () => {
    const benchmark = benchmarkFor('q4');
    expect(benchmark.availability).toBe('bands');
    const bands = benchmark.bands ?? [];
    expect(bands.map((band) => band.label.nl)).toEqual([
      '0,02 tot 2 VTE',
      'minder dan 1 VTE (een derde)',
      '0 VTE (4 van de 144)',
    ]);
    expect(bands[0]?.percent).toBe(58);
    expect(bands[1]?.percent).toBeCloseTo(33.33, 2);
    expect(bands[2]?.count).toBe(4);
  });

  it('shows the bands of question 5 as given, 110 % with a note', () => {
    const benchmark = benchmarkFor('q5');
    const bands = benchmark.bands ?? [];
    expect(bands.map((band) => band.percent)).toEqual([33, 3, 74]);
    expect(bands.reduce((sum, band) => sum + band.percent, 0)).toBe(110);
    expect(benchmark.note?.nl).toContain('110 %');
  });

  it.each(['q1', 'q2', 'q13', 'q16', 'q18', 'q19', 'q20', 'q21', 'q22', 'q23', 'q24', 'q25'])(
    'invents no figure for %s',
    (id) => {
      const benchmark = benchmarkFor(id as QuestionId);
      expect(benchmark.availability).toBe('none');
      expect(benchmark.figures).toEqual([]);
      expect(benchmark.note?.nl).toBeTruthy();
    },
  );

  it('states who the 144 besturen were', () => {
    expect(BENCHMARK_POPULATION.nl).toContain('144');
    expect(BENCHMARK_POPULATION.nl).toContain('november 2021 tot januari 2022');
    expect(BENCHMARK_POPULATION.nl).toContain('oktober 2021');
    expect(BENCHMARK_POPULATION.nl).toContain('300');
  });
});
