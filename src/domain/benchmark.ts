/** Vergelijking: the bestuur's own answer to a question against the distribution of the 144 besturen. */
import { BENCHMARK_POPULATION, benchmarkFor } from '../content/benchmark';
import type { LocalizedText, Question, QuestionBenchmark, ReportPlace } from '../content/model';
import { indexAnswers, type AnswerIndex } from './answerIndex';
import { answerLabel, rowLabel } from './benchmarkText';
import { ownBandKeys, ownKeys } from './benchmarkOwnAnswer';
import { describeStanding } from './benchmarkStatement';
import type { Answer } from './model';

/** One bar of a chart and one line of its table. */
export interface ComparisonBar {
  /** Answer option, grid column or band key. */
  key: string;
  label: LocalizedText;
  percent: number;
  count?: number;
  /** True for the bestuur's own answer. */
  own: boolean;
  source: ReportPlace;
}

/** The bars of one chart: the whole question, or one grid row. */
export interface ComparisonGroup {
  rowKey?: string;
  rowLabel?: LocalizedText;
  bars: ComparisonBar[];
  /** Labels of the bestuur's own answers, also those the report gives no figure for. */
  ownAnswers: LocalizedText[];
}

/** A question's comparison with the 144, as data for a chart and a table. */
export interface QuestionComparison {
  questionId: Question['id'];
  availability: QuestionBenchmark['availability'];
  groups: ComparisonGroup[];
  /** The comparison of the bestuur's answer with the 144, in one or two sentences. */
  statement: LocalizedText;
  /** The report's remark or statement instead of a figure. */
  note?: LocalizedText;
  population: LocalizedText;
}

/** Compares one round's answer to a question with the benchmark; pass only that round's answers. */
export function compareQuestion(
  question: Question,
  answers: readonly Answer[],
): QuestionComparison {
  const benchmark = benchmarkFor(question.id);
  const index = indexAnswers(answers);
  const groups =
    question.kind === 'grid'
      ? gridGroups(question, benchmark, index)
      : [flatGroup(question, benchmark, index)];

  return {
    questionId: question.id,
    availability: benchmark.availability,
    groups,
    statement: describeStanding(question, benchmark, groups, index),
    note: benchmark.note,
    population: BENCHMARK_POPULATION,
  };
}

function flatGroup(
  question: Question,
  benchmark: QuestionBenchmark,
  index: AnswerIndex,
): ComparisonGroup {
  if (benchmark.availability === 'bands') {
    const own = new Set(ownBandKeys(question.id, benchmark, index));
    const bars = (benchmark.bands ?? []).map((band, position) => {
      const key = band.key ?? `band${position + 1}`;
      return {
        key,
        label: band.label,
        percent: band.percent,
        count: band.count,
        own: own.has(key),
        source: band.source,
      };
    });
    return { bars, ownAnswers: bars.filter((bar) => bar.own).map((bar) => bar.label) };
  }

  const own = ownKeys(question, index);
  const bars = benchmark.figures.map((figure) => ({
    key: figure.answer,
    label: answerLabel(question.id, figure.answer),
    percent: figure.percent,
    count: figure.count,
    own: own.includes(figure.answer),
    source: figure.source,
  }));
  return { bars, ownAnswers: own.map((key) => answerLabel(question.id, key)) };
}

function gridGroups(
  question: Extract<Question, { kind: 'grid' }>,
  benchmark: QuestionBenchmark,
  index: AnswerIndex,
): ComparisonGroup[] {
  return question.rows.map((row) => {
    const ownColumn = index.gridRow(question.id, row.key);
    const bars = question.columns.flatMap((column) => {
      const figure = benchmark.figures.find((f) => f.answer === `${row.key}:${column.key}`);
      if (!figure) return [];
      return [
        {
          key: column.key,
          label: column.label,
          percent: figure.percent,
          own: column.key === ownColumn,
          source: figure.source,
        },
      ];
    });
    const ownAnswers = ownColumn === undefined ? [] : [answerLabel(question.id, ownColumn)];
    return { rowKey: row.key, rowLabel: rowLabel(question.id, row.key), bars, ownAnswers };
  });
}

/** Compares every question of the questionnaire, in question order, for the Vergelijking view. */
export function compareQuestionnaire(
  questions: readonly Question[],
  answers: readonly Answer[],
): QuestionComparison[] {
  return questions.map((question) => compareQuestion(question, answers));
}
