/** The rules that turn answers into weak points (Toetsing, Zwakke punten), as data. */
import type { FindingRule, LocalizedText, QuestionId } from '../model';
import { controlRules } from './controls';
import { organisationRules } from './organisation';
import { riskAnalysisRules } from './riskAnalysis';

/** All finding rules, in question order. */
export const findingRules: readonly FindingRule[] = [
  ...organisationRules,
  ...riskAnalysisRules,
  ...controlRules,
];

/** Questions of parts II–VI that feed no rule, with the reason. */
export const questionsWithoutRule: Partial<Record<QuestionId, LocalizedText>> = {
  q18: {
    nl: 'Open antwoord over de genomen acties: de app toont het zoals het geschreven is en leidt er geen zwak punt uit af.',
    en: 'Open answer on the actions taken: the app shows it as written and derives no weak point from it.',
  },
  q19: {
    nl: 'Open antwoord: het zwakke punt zelf volgt al uit vraag 17, dit antwoord licht de reden toe.',
    en: 'Open answer: the weak point itself already follows from question 17, and this answer explains the reason.',
  },
  q20: {
    nl: 'Open antwoord: wat nodig is om tot actie over te gaan, is input voor het actieplan, geen apart zwak punt.',
    en: 'Open answer: what is needed to move to action is input for the action plan, not a separate weak point.',
  },
};
