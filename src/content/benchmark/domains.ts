/** Benchmark for questions 14 and 15, per risk domain, from bijlage 4. */
import type { BenchmarkFigure, QuestionBenchmark, RiskDomainId } from '../model';

const q14Source = { where: 'Bijlage 4, vraag 14 (tekst)' };

const identifiedShares: Partial<Record<RiskDomainId, number>> = {
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
};

/** Question 14: ten domains have a share in the text; domains 1, 5 and 13 only "less than half". */
export const identifiedDomainsBenchmark: QuestionBenchmark = {
  questionId: 'q14',
  availability: 'figures',
  figures: Object.entries(identifiedShares).map(([answer, percent]) => ({
    answer,
    percent,
    source: q14Source,
  })),
  note: {
    nl: 'Voor domein 1, 5 en 13 zegt het rapport alleen dat minder dan de helft van de besturen de risico’s in kaart bracht. 58 % van de besturen bracht minstens 8 van de 13 domeinen in kaart.',
    en: 'For domains 1, 5 and 13 the report only says that less than half of the local governments mapped the risks. 58 % of them mapped at least 8 of the 13 domains.',
  },
};

// The chart prints its 39 numbers column by column, each column in domain order 1–13. Every domain
// then adds up to 100 % within 0.02 of rounding, which confirms the reading.
const coveredColumn = [
  19.85, 38.46, 41.13, 53.85, 18.31, 44.6, 40.56, 34.04, 62.14, 60.14, 55.63, 25.35, 14.63,
];
const workPointsColumn = [
  59.56, 46.15, 47.58, 41.26, 71.83, 47.48, 57.34, 60.99, 32.14, 38.46, 41.55, 60.56, 55.28,
];
const notControlledColumn = [
  20.59, 15.38, 11.29, 4.9, 9.86, 7.91, 2.1, 4.96, 5.71, 1.4, 2.82, 14.08, 30.08,
];

function columnFigures(column: string, shares: number[]): BenchmarkFigure[] {
  return shares.map((percent, index) => ({
    answer: `d${index + 1}:${column}`,
    percent,
    source: { where: 'Bijlage 4, vraag 15 (grafiek)' },
  }));
}

/** Question 15: the 13 × 3 table; answers are `domainId:columnKey`. */
export const domainControlBenchmark: QuestionBenchmark = {
  questionId: 'q15',
  availability: 'figures',
  figures: [
    ...columnFigures('covered', coveredColumn),
    ...columnFigures('majorWorkPoints', workPointsColumn),
    ...columnFigures('notControlled', notControlledColumn),
  ],
  note: {
    nl: 'Per domein tellen de drie percentages op tot 100 %, op een afronding van hoogstens 0,02 procentpunt na.',
    en: 'Per domain the three percentages add up to 100 %, apart from a rounding of at most 0.02 percentage points.',
  },
};
