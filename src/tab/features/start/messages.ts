/** Dutch and English texts of the start page. */
import { defineMessages } from '../../i18n/messages';

/** The start page's catalogue. */
export const startMessages = defineMessages(
  {
    title: 'Start',
    intro:
      'Risicoradar helpt het managementteam de ICT-risico’s van het bestuur te beheren met de methode van Audit Vlaanderen: zelfevaluatie, toetsing, risicoanalyse en actieplan.',
    loading: 'Overzicht wordt geladen…',
    loadFailed: 'Het overzicht kon niet worden geladen.',
    questionnaire: 'Zelfevaluatie',
    answered: '{answered} van {total} vragen beantwoord in “{round}”.',
    requiredOpen: '{count} verplichte vragen staan nog open.',
    openQuestionnaire: 'Zelfevaluatie openen',
    risks: 'Risico’s',
    riskCount: '{count} risico’s in het register, waarvan {open} nog niet beheerst of afgesloten.',
    openRisks: 'Risico’s openen',
    actions: 'Actieplan',
    actionCount: '{done} van {count} acties afgerond.',
    mustProgress: 'Must have-acties: {done} van {total} afgerond.',
    targetDate: 'Streefdatum van het plan: {date}.',
    noTarget: 'Het plan heeft nog geen streefdatum.',
    noMusts: 'Het plan heeft nog geen Must have-acties.',
    reached: 'Alle Must have-acties zijn afgerond: het plan heeft zijn doel bereikt.',
    onTrack: 'De open Must have-acties vallen allemaal vóór de streefdatum.',
    atRisk: '{count} open Must have-acties halen de streefdatum niet zoals ze nu gepland zijn.',
    missed:
      'De streefdatum is voorbij en {count} Must have-acties staan nog open: het plan heeft zijn doel niet bereikt.',
    openActions: 'Actieplan openen',
    reminders: 'Herinneringen',
    noReminders: 'Er zijn geen herinneringen.',
    reminderRequired: 'Verplichte vraag {number} is nog niet beantwoord.',
    reminderRiskOwner: 'Risico “{title}” heeft geen risico-eigenaar.',
    reminderActionOwner: 'Actie “{title}” heeft geen actie-eigenaar.',
    reminderOverdue: 'Actie “{title}” is over tijd (vervaldatum {date}).',
    reminderPlan:
      'Het actieplan haalt zijn doel niet: open Must have-acties blijven na de streefdatum liggen.',
  },
  {
    title: 'Start',
    intro:
      'Risicoradar helps the management team manage the local government’s ICT risks with Audit Vlaanderen’s method: self-assessment, review, risk analysis and action plan.',
    loading: 'Loading overview…',
    loadFailed: 'The overview could not be loaded.',
    questionnaire: 'Self-assessment',
    answered: '{answered} of {total} questions answered in “{round}”.',
    requiredOpen: '{count} required questions are still open.',
    openQuestionnaire: 'Open the self-assessment',
    risks: 'Risks',
    riskCount: '{count} risks in the register, {open} of them not yet controlled or closed.',
    openRisks: 'Open risks',
    actions: 'Action plan',
    actionCount: '{done} of {count} actions done.',
    mustProgress: 'Must have actions: {done} of {total} done.',
    targetDate: 'Target date of the plan: {date}.',
    noTarget: 'The plan has no target date yet.',
    noMusts: 'The plan has no Must have actions yet.',
    reached: 'All Must have actions are done: the plan has reached its goal.',
    onTrack: 'The open Must have actions are all due before the target date.',
    atRisk: '{count} open Must have actions miss the target date as they are planned now.',
    missed:
      'The target date has passed and {count} Must have actions are still open: the plan has not reached its goal.',
    openActions: 'Open the action plan',
    reminders: 'Reminders',
    noReminders: 'There are no reminders.',
    reminderRequired: 'Required question {number} has not been answered yet.',
    reminderRiskOwner: 'Risk “{title}” has no risk owner.',
    reminderActionOwner: 'Action “{title}” has no action owner.',
    reminderOverdue: 'Action “{title}” is overdue (due {date}).',
    reminderPlan:
      'The action plan misses its goal: open Must have actions stay open past the target date.',
  },
);
