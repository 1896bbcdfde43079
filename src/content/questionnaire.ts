/** The self-assessment of bijlage 3: its six parts, the closing "Bijkomende informatie", and its 25 questions. */
import type { Question, QuestionId, QuestionnairePart, QuestionnairePartId } from './model';
import { controlQuestions } from './questionsControls';
import { extraQuestions } from './questionsExtra';
import { identificationQuestions } from './questionsIdentification';
import { riskManagementQuestions } from './questionsRiskManagement';
import { strategyQuestions } from './questionsStrategy';

/** All 25 questions in the report's order. */
export const questions: readonly Question[] = [
  ...identificationQuestions,
  ...strategyQuestions,
  ...riskManagementQuestions,
  ...controlQuestions,
  ...extraQuestions,
];

function part(id: QuestionnairePartId, nl: string, en: string): QuestionnairePart {
  const questionIds = questions.filter((question) => question.part === id).map((q) => q.id);
  return { id, title: { nl, en }, questionIds };
}

/** The six parts and the closing "Bijkomende informatie", in the report's order. */
export const questionnaireParts: readonly QuestionnairePart[] = [
  part('I', 'I. Identificatie', 'I. Identification'),
  part(
    'II',
    'II. Situering van de ICT-functie of de ICT-verantwoordelijke binnen de organisatie',
    'II. Position of the ICT function or the ICT officer within the organisation',
  ),
  part(
    'III',
    'III. ICT-visie en -strategie bij jouw lokaal bestuur',
    'III. ICT vision and strategy of your local government',
  ),
  part(
    'IV',
    'IV. Strategie voor digitale transformatie en innovatie in ICT',
    'IV. Strategy for digital transformation and innovation in ICT',
  ),
  part(
    'V',
    'V. ICT-risicobeheer bij jouw lokaal bestuur',
    'V. ICT risk management at your local government',
  ),
  part(
    'VI',
    'VI. Inschatting van een aantal beheersmaatregelen',
    'VI. Assessment of a number of controls',
  ),
  part('extra', 'Bijkomende informatie', 'Additional information'),
];

/** Looks up a question by id; throws on an id the questionnaire does not have. */
export function questionById(id: QuestionId): Question {
  const question = questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`Unknown question id: ${id}`);
  return question;
}
