/** Comparison of a finding with the 144 besturen, from the rule's comparison and the benchmark. */
import { benchmarkFor, BENCHMARK_SIZE } from '../content/benchmark';
import type { FindingComparisonRule, LocalizedText, QuestionBenchmark } from '../content/model';
import { answerLabel, formatFte, formatPercent, joinLabels } from './benchmarkText';
import { NOT_TICKED, type FindingEvidence } from './findingConditions';

/** The comparison of the answer behind a finding with the 144. */
export interface FindingComparison {
  availability: QuestionBenchmark['availability'];
  /** Share of the 144 with a better answer, or the share in the bestuur's own band. */
  percent?: number;
  /** True when most of the 144 did better than the bestuur. */
  worseThanMost?: boolean;
  sentence: LocalizedText;
}

const noFigure: FindingComparison = {
  availability: 'none',
  sentence: {
    nl: 'Het rapport geeft hiervoor geen cijfer.',
    en: 'The report gives no figure for this.',
  },
};

/** Compares the evidence of a finding with the benchmark as the rule's comparison describes. */
export function compareFinding(
  rule: FindingComparisonRule | undefined,
  evidence: readonly FindingEvidence[],
): FindingComparison {
  if (!rule) return noFigure;
  const own = evidence.find((item) => item.questionId === rule.questionId);
  if (!own) return noFigure;
  return rule.kind === 'band' ? compareBand(rule, own) : compareAnswers(rule, own);
}

function compareAnswers(
  rule: Extract<FindingComparisonRule, { kind: 'answers' }>,
  own: FindingEvidence,
): FindingComparison {
  const figures = benchmarkFor(rule.questionId).figures;
  const figureKey = (key: string) => (rule.row ? `${rule.row}:${key}` : key);
  const better = rule.better.map((key) => figures.find((f) => f.answer === figureKey(key)));
  if (better.length === 0 || better.some((figure) => figure === undefined)) return noFigure;

  const percent = better.reduce((sum, figure) => sum + (figure?.percent ?? 0), 0);
  const share = formatPercent(percent);
  const labels = joinLabels(rule.better.map((key) => answerLabel(rule.questionId, key)));
  const sentence =
    own.answerKey === NOT_TICKED
      ? {
          nl: `${share.nl} van de ${BENCHMARK_SIZE} duidde ${labels.nl} aan; je bestuur niet.`,
          en: `${share.en} of the ${BENCHMARK_SIZE} ticked ${labels.en}; your local government did not.`,
        }
      : answeredSentence(share, labels, answerLabel(rule.questionId, own.answerKey));
  return { availability: 'figures', percent, worseThanMost: percent > 50, sentence };
}

function answeredSentence(
  share: LocalizedText,
  better: LocalizedText,
  ownLabel: LocalizedText,
): LocalizedText {
  return {
    nl: `${share.nl} van de ${BENCHMARK_SIZE} antwoordde ${better.nl}; je bestuur antwoordde «${ownLabel.nl}».`,
    en: `${share.en} of the ${BENCHMARK_SIZE} answered ${better.en}; your local government answered “${ownLabel.en}”.`,
  };
}

function compareBand(
  rule: Extract<FindingComparisonRule, { kind: 'band' }>,
  own: FindingEvidence,
): FindingComparison {
  const band = benchmarkFor(rule.questionId).bands?.find(
    (candidate) => candidate.key === rule.band,
  );
  if (!band || own.fte === undefined) return noFigure;

  const share = formatPercent(band.percent);
  const fte = formatFte(own.fte);
  return {
    availability: 'bands',
    percent: band.percent,
    // The band is the weak side, so a band with less than half of the 144 means most did better.
    worseThanMost: band.percent < 50,
    sentence: {
      nl: `${share.nl} van de ${BENCHMARK_SIZE} viel in de groep «${band.label.nl}»; je bestuur ook, met ${fte.nl} VTE.`,
      en: `${share.en} of the ${BENCHMARK_SIZE} were in the group “${band.label.en}”; so is your local government, with ${fte.en} FTE.`,
    },
  };
}
