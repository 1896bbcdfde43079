/** The benchmark of the 144 besturen for every question of the questionnaire. */
import type { QuestionBenchmark, QuestionId } from '../model';
import { choiceBenchmarks } from './choices';
import { domainControlBenchmark, identifiedDomainsBenchmark } from './domains';
import { entitiesBenchmark, plannedFteBenchmark, unfilledFteBenchmark } from './staffing';
import { benchmarksWithoutFigures } from './withoutFigures';

export { BLANK_ANSWER } from './choices';
export { BENCHMARK_POPULATION, BENCHMARK_SIZE } from './population';

/** One benchmark per question, in question order. */
export const questionBenchmarks: readonly QuestionBenchmark[] = [
  entitiesBenchmark,
  plannedFteBenchmark,
  unfilledFteBenchmark,
  identifiedDomainsBenchmark,
  domainControlBenchmark,
  ...choiceBenchmarks,
  ...benchmarksWithoutFigures,
].sort((left, right) => Number(left.questionId.slice(1)) - Number(right.questionId.slice(1)));

/** Looks up the benchmark of a question; every question of the questionnaire has one. */
export function benchmarkFor(questionId: QuestionId): QuestionBenchmark {
  const benchmark = questionBenchmarks.find((candidate) => candidate.questionId === questionId);
  if (!benchmark) throw new Error(`No benchmark for question ${questionId}`);
  return benchmark;
}
