/**
 * The six conditions of a good ICT risk analysis, judged from what the app stores.
 *
 * Shares follow one rule: met at 100 %, partly met from 50 %, not met below. Each verdict
 * carries the facts behind it, and a condition the records cannot show is 'unknown', not met.
 */
import { addDays } from './dates';
import type { Action, Answer, DateOnly, Risk } from './model';

/** The ids of the six conditions, as in the content's list of conditions. */
export type RiskAnalysisConditionId =
  'current' | 'tailored' | 'alignedWithGoals' | 'changesProcessed' | 'documented' | 'actionPlan';

/** A condition's verdict. */
export type ConditionStatus = 'met' | 'partlyMet' | 'notMet' | 'unknown';

/** One fact behind a verdict: a message key and the numbers or dates it shows. */
export interface ConditionFact {
  key: ConditionFactKey;
  params?: Record<string, string | number>;
}

/** The facts the conditions can report; the tab words each one. */
export type ConditionFactKey =
  | 'noRisks'
  | 'reviewedInCycle'
  | 'withoutReviewDate'
  | 'reviewOverdue'
  | 'tailoredShare'
  | 'catalogueOnly'
  | 'originOnly'
  | 'goalsYes'
  | 'goalsNo'
  | 'goalsUnanswered'
  | 'strategyYes'
  | 'strategyNo'
  | 'strategyOther'
  | 'strategyUnanswered'
  | 'changedRecently'
  | 'notChangedRecently'
  | 'answersNewer'
  | 'outsideChangesUnseen'
  | 'documentedShare'
  | 'noActions'
  | 'actionCount'
  | 'moscowUsed'
  | 'dueDateShare'
  | 'targetDateSet'
  | 'targetDateMissing';

/** The verdict on one condition with its facts. */
export interface ConditionVerdict {
  id: RiskAnalysisConditionId;
  status: ConditionStatus;
  facts: ConditionFact[];
}

/** What the conditions are judged on. `today` is pinned by the caller. */
export interface AnalysisEvidence {
  today: DateOnly;
  risks: readonly Risk[];
  actions: readonly Action[];
  /** Answers of the active round. */
  answers: readonly Answer[];
  /** The action plan's target date. */
  targetDate?: DateOnly;
}

/** Days within which a change in the register counts as recent. */
export const RECENT_CHANGE_DAYS = 90;

/** Maps `part` of `whole` to a verdict by the rule in the file header; nothing to count is not met. */
export function shareStatus(part: number, whole: number): ConditionStatus {
  if (whole === 0) return 'notMet';
  if (part === whole) return 'met';
  return part / whole >= 0.5 ? 'partlyMet' : 'notMet';
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

function liveRisks(risks: readonly Risk[]): Risk[] {
  return risks.filter((risk) => risk.status !== 'closed');
}

function noRisks(id: RiskAnalysisConditionId): ConditionVerdict {
  return { id, status: 'notMet', facts: [{ key: 'noRisks' }] };
}

/** Current: each live risk has a next review date that is today or later. */
export function judgeCurrent(evidence: AnalysisEvidence): ConditionVerdict {
  const risks = liveRisks(evidence.risks);
  if (risks.length === 0) return noRisks('current');
  const withoutDate = risks.filter((risk) => !risk.nextReview).length;
  // Date-only strings in YYYY-MM-DD order compare as calendar dates.
  const overdue = risks.filter((risk) => risk.nextReview && risk.nextReview < evidence.today);
  const inCycle = risks.length - withoutDate - overdue.length;
  const facts: ConditionFact[] = [
    {
      key: 'reviewedInCycle',
      params: { count: inCycle, total: risks.length, percent: percent(inCycle, risks.length) },
    },
  ];
  if (withoutDate > 0) facts.push({ key: 'withoutReviewDate', params: { count: withoutDate } });
  if (overdue.length > 0) facts.push({ key: 'reviewOverdue', params: { count: overdue.length } });
  return { id: 'current', status: shareStatus(inCycle, risks.length), facts };
}

/** Tailored: risks that come from the bestuur's own findings, type steps, incidents or input. */
export function judgeTailored(evidence: AnalysisEvidence): ConditionVerdict {
  const risks = liveRisks(evidence.risks);
  if (risks.length === 0) return noRisks('tailored');
  const catalogue = risks.filter((risk) => risk.origin === 'catalogue').length;
  const tailored = risks.length - catalogue;
  const facts: ConditionFact[] = [
    {
      key: 'tailoredShare',
      params: { count: tailored, total: risks.length, percent: percent(tailored, risks.length) },
    },
  ];
  if (catalogue > 0) facts.push({ key: 'catalogueOnly', params: { count: catalogue } });
  // The origin says where a risk came from, not whether it fits the bestuur's reality.
  facts.push({ key: 'originOnly' });
  return { id: 'tailored', status: shareStatus(tailored, risks.length), facts };
}

function singleAnswer(answers: readonly Answer[], questionId: string): string | undefined {
  const answer = answers.find((candidate) => candidate.questionId === questionId);
  return answer?.value.kind === 'single' ? answer.value.choice : undefined;
}

const GOALS_FACTS: Record<string, ConditionFact['key']> = { yes: 'goalsYes', no: 'goalsNo' };
const STRATEGY_FACTS: Record<string, ConditionFact['key']> = {
  yes: 'strategyYes',
  no: 'strategyNo',
  other: 'strategyOther',
};
/** Status by the number of 'yes' among questions 7 and 8 that were answered yes or no. */
const GOALS_STATUS_BY_YES: readonly ConditionStatus[] = ['notMet', 'partlyMet', 'met'];

/** Aligned with goals: question 7 (ICT objectives at policy level) and 8 (a validated strategy). */
export function judgeAlignedWithGoals(evidence: AnalysisEvidence): ConditionVerdict {
  const goals = singleAnswer(evidence.answers, 'q7');
  const strategy = singleAnswer(evidence.answers, 'q8');
  const goalsKey = GOALS_FACTS[goals ?? ''] ?? 'goalsUnanswered';
  const strategyKey = STRATEGY_FACTS[strategy ?? ''] ?? 'strategyUnanswered';
  const facts: ConditionFact[] = [{ key: goalsKey }, { key: strategyKey }];
  const known = [goals, strategy].filter((choice) => choice === 'yes' || choice === 'no');
  const yes = known.filter((choice) => choice === 'yes').length;
  const status: ConditionStatus = known.length === 0 ? 'unknown' : GOALS_STATUS_BY_YES[yes]!;
  return { id: 'alignedWithGoals', status, facts };
}

function latestDate(values: readonly (string | undefined)[]): DateOnly | undefined {
  const dates = values
    .filter((value): value is string => Boolean(value))
    .map((value) => value.slice(0, 10));
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (a > b ? a : b));
}

/** Changes taken in: a risk changed in the last 90 days, and no answer newer than the risks. */
export function judgeChangesProcessed(evidence: AnalysisEvidence): ConditionVerdict {
  const risks = liveRisks(evidence.risks);
  if (risks.length === 0) return noRisks('changesProcessed');
  const since = addDays(evidence.today, -RECENT_CHANGE_DAYS);
  const lastRiskChange = latestDate(risks.map((risk) => risk.modified));
  const recent = risks.filter((risk) => risk.modified && risk.modified.slice(0, 10) >= since);
  const lastAnswer = latestDate(evidence.answers.map((answer) => answer.modified));
  const answersNewer = Boolean(lastAnswer && (!lastRiskChange || lastAnswer > lastRiskChange));

  const facts: ConditionFact[] = [
    recent.length > 0
      ? { key: 'changedRecently', params: { count: recent.length, days: RECENT_CHANGE_DAYS } }
      : { key: 'notChangedRecently', params: { days: RECENT_CHANGE_DAYS } },
  ];
  if (answersNewer && lastAnswer) {
    facts.push({
      key: 'answersNewer',
      params: { answered: lastAnswer, changed: lastRiskChange ?? '' },
    });
  }
  facts.push({ key: 'outsideChangesUnseen' });
  let status: ConditionStatus = 'met';
  if (recent.length === 0) status = 'notMet';
  else if (answersNewer) status = 'partlyMet';
  return { id: 'changesProcessed', status, facts };
}

/** Documented: each live risk has a description and a cause. */
export function judgeDocumented(evidence: AnalysisEvidence): ConditionVerdict {
  const risks = liveRisks(evidence.risks);
  if (risks.length === 0) return noRisks('documented');
  const documented = risks.filter((risk) => risk.description.trim() && risk.cause.trim()).length;
  return {
    id: 'documented',
    status: shareStatus(documented, risks.length),
    facts: [
      {
        key: 'documentedShare',
        params: {
          count: documented,
          total: risks.length,
          percent: percent(documented, risks.length),
        },
      },
    ],
  };
}

/** Action plan: actions with a MoSCoW class, due dates on all but Won't-haves, and a target date. */
export function judgeActionPlan(evidence: AnalysisEvidence): ConditionVerdict {
  const actions = evidence.actions;
  if (actions.length === 0)
    return { id: 'actionPlan', status: 'notMet', facts: [{ key: 'noActions' }] };
  // Won't-have actions are planned for no date, so they do not count against the timing.
  const timed = actions.filter((action) => action.moscow !== 'wont');
  const dated = timed.filter((action) => action.dueDate).length;
  const classes = new Set(actions.map((action) => action.moscow));
  const facts: ConditionFact[] = [
    { key: 'actionCount', params: { count: actions.length } },
    { key: 'moscowUsed', params: { count: classes.size } },
    {
      key: 'dueDateShare',
      params: { count: dated, total: timed.length, percent: percent(dated, timed.length) },
    },
    evidence.targetDate
      ? { key: 'targetDateSet', params: { date: evidence.targetDate } }
      : { key: 'targetDateMissing' },
  ];
  const complete = dated === timed.length && evidence.targetDate !== undefined;
  return { id: 'actionPlan', status: complete ? 'met' : 'partlyMet', facts };
}

/** Judges all six conditions in the report's order. */
export function judgeAnalysis(evidence: AnalysisEvidence): ConditionVerdict[] {
  return [
    judgeCurrent(evidence),
    judgeTailored(evidence),
    judgeAlignedWithGoals(evidence),
    judgeChangesProcessed(evidence),
    judgeDocumented(evidence),
    judgeActionPlan(evidence),
  ];
}
