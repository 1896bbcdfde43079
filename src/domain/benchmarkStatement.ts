/** The sentence that places the bestuur's answer against the 144, per kind of question. */
import { BENCHMARK_SIZE } from '../content/benchmark';
import type { LocalizedText, Question, QuestionBenchmark } from '../content/model';
import type { AnswerIndex } from './answerIndex';
import { formatFte, formatPercent, joinLabels } from './benchmarkText';
import type { ComparisonGroup } from './benchmark';

const noFigure: LocalizedText = {
  nl: 'Het rapport geeft geen cijfer voor deze vraag.',
  en: 'The report gives no figure for this question.',
};

const notAnswered: LocalizedText = {
  nl: 'Je bestuur beantwoordde deze vraag nog niet.',
  en: 'Your local government has not answered this question yet.',
};

/** Describes how the bestuur's answer compares with the 144; "no figure" where the report has none. */
export function describeStanding(
  question: Question,
  benchmark: QuestionBenchmark,
  groups: ComparisonGroup[],
  index: AnswerIndex,
): LocalizedText {
  if (benchmark.availability === 'none') return noFigure;
  const answered = groups.some((group) => group.ownAnswers.length > 0) || index.value(question.id);
  if (!answered) return notAnswered;

  const [group] = groups;
  if (question.kind === 'grid') return describeGrid(groups);
  if (!group) return noFigure;
  if (benchmark.availability === 'bands') return describeBands(question, group, index);
  if (question.kind === 'multiple') return describeMultiple(group);
  return describeSingle(group);
}

function describeSingle(group: ComparisonGroup): LocalizedText {
  const own = group.bars.find((bar) => bar.own);
  const ownLabel = group.ownAnswers[0];
  if (!own) {
    return {
      nl: `Je bestuur antwoordde «${ownLabel?.nl}»; het rapport geeft voor dat antwoord geen cijfer.`,
      en: `Your local government answered “${ownLabel?.en}”; the report gives no figure for that answer.`,
    };
  }
  const share = formatPercent(own.percent);
  const top = group.bars.reduce((best, bar) => (bar.percent > best.percent ? bar : best));
  const first = {
    nl: `Je bestuur antwoordde «${own.label.nl}», net als ${share.nl} van de ${BENCHMARK_SIZE}.`,
    en: `Your local government answered “${own.label.en}”, as did ${share.en} of the ${BENCHMARK_SIZE}.`,
  };
  if (top.key === own.key) {
    return {
      nl: `${first.nl} Dat was het meest gegeven antwoord.`,
      en: `${first.en} That was the most common answer.`,
    };
  }
  const topShare = formatPercent(top.percent);
  return {
    nl: `${first.nl} Het meest gegeven antwoord was «${top.label.nl}» (${topShare.nl}).`,
    en: `${first.en} The most common answer was “${top.label.en}” (${topShare.en}).`,
  };
}

function describeMultiple(group: ComparisonGroup): LocalizedText {
  const missed = group.bars.filter((bar) => bar.percent > 50 && !bar.own);
  if (missed.length === 0) {
    return {
      nl: `Je bestuur duidde alles aan wat de meeste van de ${BENCHMARK_SIZE} aanduidden.`,
      en: `Your local government ticked everything that most of the ${BENCHMARK_SIZE} ticked.`,
    };
  }
  const labels = joinLabels(missed.map((bar) => bar.label));
  return {
    nl: `De meeste van de ${BENCHMARK_SIZE} duidden ook ${labels.nl.replaceAll(' of ', ', ')} aan; je bestuur niet.`,
    en: `Most of the ${BENCHMARK_SIZE} also ticked ${labels.en.replaceAll(' or ', ', ')}; your local government did not.`,
  };
}

// Grid columns run from the best judgement to the worst, so the columns before the bestuur's own
// column are the better answers.
function describeGrid(groups: ComparisonGroup[]): LocalizedText {
  const answered = groups.filter((group) => group.bars.some((bar) => bar.own));
  const worse = answered.filter((group) => {
    const ownPosition = group.bars.findIndex((bar) => bar.own);
    const better = group.bars.slice(0, ownPosition).reduce((sum, bar) => sum + bar.percent, 0);
    return better > 50;
  });
  return {
    nl: `Bij ${worse.length} van de ${answered.length} beantwoorde rijen gaf de meerderheid van de ${BENCHMARK_SIZE} een gunstiger antwoord dan je bestuur.`,
    en: `In ${worse.length} of the ${answered.length} answered rows, most of the ${BENCHMARK_SIZE} gave a more favourable answer than your local government.`,
  };
}

function describeBands(
  question: Question,
  group: ComparisonGroup,
  index: AnswerIndex,
): LocalizedText {
  const value = index.value(question.id);
  const fte = value?.kind === 'fte' ? formatFte(value.fte) : undefined;
  const entered = fte
    ? { nl: `Je bestuur gaf ${fte.nl} VTE op`, en: `Your local government entered ${fte.en} FTE` }
    : { nl: 'Je bestuur', en: 'Your local government' };
  const own = group.bars.filter((bar) => bar.own);
  if (own.length === 0) {
    return {
      nl: `${entered.nl} en valt in geen van de groepen die het rapport geeft.`,
      en: `${entered.en} and is in none of the groups the report gives.`,
    };
  }
  const list = (language: 'nl' | 'en') =>
    own.map((bar) => `${bar.label[language]} (${formatPercent(bar.percent)[language]})`).join(', ');
  return {
    nl: `${entered.nl} en valt in: ${list('nl')}.`,
    en: `${entered.en} and is in: ${list('en')}.`,
  };
}
