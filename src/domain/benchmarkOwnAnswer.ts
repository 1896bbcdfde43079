/** The bestuur's own answer keys and bands, for marking them in the comparison. */
import type { Question, QuestionBenchmark, QuestionId } from '../content/model';
import { fteValue, type AnswerIndex } from './answerIndex';

/** Returns the option keys of the bestuur's answer to a choice question; empty when unanswered. */
export function ownKeys(question: Question, index: AnswerIndex): string[] {
  const value = index.value(question.id);
  if (value?.kind === 'single') return [value.choice];
  if (value?.kind === 'multiple') return value.choices;
  return [];
}

/** Returns the keys of the bands the bestuur's FTE answer falls in; the bands of question 4 overlap. */
export function ownBandKeys(
  questionId: QuestionId,
  benchmark: QuestionBenchmark,
  index: AnswerIndex,
): string[] {
  if (questionId === 'q5') return unfilledBand(index);

  const fte = fteValue(index, questionId);
  if (fte === undefined) return [];
  return (benchmark.bands ?? [])
    .filter((band) => {
      const aboveMin = band.minFte === undefined || fte >= band.minFte;
      const belowMax =
        band.maxFte === undefined ||
        (band.maxFteExclusive ? fte < band.maxFte : fte <= band.maxFte);
      return aboveMin && belowMax;
    })
    .flatMap((band) => (band.key ? [band.key] : []));
}

// Question 5's bands describe a situation that needs question 4 too: no FTE provided at all, some
// provided FTE not filled, or all of it filled.
function unfilledBand(index: AnswerIndex): string[] {
  const planned = fteValue(index, 'q4');
  const unfilled = fteValue(index, 'q5');
  if (planned === 0) return ['noneProvided'];
  if (unfilled === undefined) return [];
  return [unfilled > 0 ? 'notFilled' : 'fullyFilled'];
}
