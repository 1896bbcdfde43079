/** Benchmark for the single-choice questions 6–12 and 17, from the charts and text of bijlage 4. */
import type { BenchmarkFigure, QuestionBenchmark, QuestionId } from '../model';

/** The key of a chart's "Blanco" share: besturen that left the question unanswered. */
export const BLANK_ANSWER = 'blank';

function figures(questionId: QuestionId, shares: Record<string, number>): BenchmarkFigure[] {
  const source = { where: `Bijlage 4, vraag ${questionId.slice(1)}` };
  return Object.entries(shares).map(([answer, percent]) => ({ answer, percent, source }));
}

/** Questions 6–12 and 17. */
export const choiceBenchmarks: readonly QuestionBenchmark[] = [
  {
    questionId: 'q6',
    availability: 'figures',
    figures: figures('q6', { yes: 23, noButCanAddToAgenda: 26, no: 51 }),
  },
  { questionId: 'q7', availability: 'figures', figures: figures('q7', { yes: 85, no: 15 }) },
  {
    questionId: 'q8',
    availability: 'figures',
    figures: figures('q8', { yes: 46, other: 15, no: 39 }),
    note: {
      nl: 'Volgens het rapport wijst "Andere" erop dat er mogelijk een ICT-visie/strategie is die niet gedocumenteerd of gevalideerd is.',
      en: 'According to the report, "Other" suggests there may be an ICT vision/strategy that is not documented or validated.',
    },
  },
  {
    questionId: 'q9',
    availability: 'figures',
    figures: figures('q9', { yes: 39, no: 60, [BLANK_ANSWER]: 1 }),
  },
  {
    questionId: 'q10',
    availability: 'figures',
    figures: figures('q10', { yes: 57, no: 42, [BLANK_ANSWER]: 1 }),
    note: {
      nl: 'De tekst van het rapport voegt Neen en Blanco samen tot 43 %.',
      en: 'The text of the report combines No and Blank into 43 %.',
    },
  },
  { questionId: 'q11', availability: 'figures', figures: figures('q11', { yes: 89, no: 11 }) },
  {
    questionId: 'q12',
    availability: 'figures',
    figures: figures('q12', { yes: 30, partly: 49, no: 21 }),
  },
  {
    questionId: 'q17',
    availability: 'figures',
    figures: [
      { answer: 'yes', percent: 93, count: 134, source: { where: 'Bijlage 4, vraag 17' } },
      { answer: 'no', percent: 7, count: 10, source: { where: 'Bijlage 4, vraag 17' } },
    ],
    note: {
      nl: 'Volgens het rapport bestelden 4 van de 10 besturen zonder actie daarna nog een ICT-veiligheidsaudit met cofinanciering.',
      en: 'According to the report, 4 of the 10 local governments without action later ordered a co-financed ICT security audit.',
    },
  },
];
