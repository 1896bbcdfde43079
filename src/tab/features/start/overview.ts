/** The start page's figures and reminders, computed from the round's answers, the risks and the actions. */
import { questions } from '../../../content/questionnaire';
import type { QuestionId } from '../../../content/model';
import { planState, type PlanState } from '../../../domain/planState';
import type { Action, Answer, DateOnly, PlanSettings, Risk } from '../../../domain/model';
import { isVisible } from '../questionnaire/visibility';

/** One reminder, with the page that resolves it. */
export type Reminder =
  | { kind: 'required'; questionNumber: number }
  | { kind: 'riskOwner'; title: string }
  | { kind: 'actionOwner'; title: string }
  | { kind: 'overdue'; title: string; dueDate: DateOnly }
  | { kind: 'plan' };

/** The figures and reminders of the start page. */
export interface Overview {
  answered: number;
  total: number;
  requiredOpen: number;
  riskCount: number;
  openRisks: number;
  actionCount: number;
  actionsDone: number;
  plan: PlanState;
  reminders: Reminder[];
}

function answeredIds(answers: Answer[]): Set<QuestionId> {
  return new Set(answers.map((answer) => answer.questionId));
}

/** Computes the overview on `today`; hidden conditional questions count neither as open nor in the total. */
export function computeOverview(
  answers: Answer[],
  risks: Risk[],
  actions: Action[],
  settings: PlanSettings | undefined,
  today: DateOnly,
): Overview {
  const answered = answeredIds(answers);
  const valueOf = (id: QuestionId) => answers.find((answer) => answer.questionId === id)?.value;
  const visible = questions.filter((question) => isVisible(question, valueOf));
  const requiredOpen = visible.filter(
    (question) => question.required && !answered.has(question.id),
  );
  const plan = planState(actions, settings?.targetDate, today);
  const openActions = actions.filter((action) => action.status !== 'done');

  const reminders: Reminder[] = [
    ...requiredOpen.map((question) => ({
      kind: 'required' as const,
      questionNumber: question.number,
    })),
    ...risks
      .filter((risk) => !risk.riskOwner && risk.status !== 'closed')
      .map((risk) => ({ kind: 'riskOwner' as const, title: risk.title })),
    ...openActions
      .filter((action) => !action.owner && action.moscow !== 'wont')
      .map((action) => ({ kind: 'actionOwner' as const, title: action.title })),
    ...openActions
      .filter((action) => action.dueDate && action.dueDate < today)
      .map((action) => ({
        kind: 'overdue' as const,
        title: action.title,
        dueDate: action.dueDate!,
      })),
    ...(plan.state === 'atRisk' || plan.state === 'missed' ? [{ kind: 'plan' as const }] : []),
  ];

  return {
    answered: visible.filter((question) => answered.has(question.id)).length,
    total: visible.length,
    requiredOpen: requiredOpen.length,
    riskCount: risks.length,
    openRisks: risks.filter((risk) => risk.status === 'open' || risk.status === 'inTreatment')
      .length,
    actionCount: actions.length,
    actionsDone: actions.length - openActions.length,
    plan,
    reminders,
  };
}
