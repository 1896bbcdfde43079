/** Dutch and English texts of the personal tab "Mijn acties". */
import { defineMessages } from '../../i18n/messages';

/** The personal tab's catalogue. */
export const myActionsMessages = defineMessages(
  {
    title: 'Mijn acties',
    intro:
      'De taken uit de actieplannen van Risicoradar die aan jou zijn toegewezen, uit Planner, in de teams waarvan je lid bent.',
    loading: 'Je taken worden geladen…',
    failed: 'Je taken konden niet worden geladen.',
    empty: 'Er zijn geen taken uit Risicoradar aan jou toegewezen.',
    tableLabel: 'Mijn acties',
    columnTitle: 'Taak',
    columnDue: 'Deadline',
    columnState: 'Stand',
    columnLink: 'Planner',
    noDue: 'Geen deadline',
    done: 'Afgerond',
    started: 'Bezig ({percent}%)',
    notStarted: 'Niet gestart',
    openTask: 'Openen in Planner',
    openTaskLabel: '“{title}” openen in Planner',
    retry: 'Opnieuw proberen',
  },
  {
    title: 'My actions',
    intro:
      'The tasks from Risicoradar’s action plans assigned to you, from Planner, in the teams you are a member of.',
    loading: 'Loading your tasks…',
    failed: 'Your tasks could not be loaded.',
    empty: 'No tasks from Risicoradar are assigned to you.',
    tableLabel: 'My actions',
    columnTitle: 'Task',
    columnDue: 'Due date',
    columnState: 'Progress',
    columnLink: 'Planner',
    noDue: 'No due date',
    done: 'Completed',
    started: 'In progress ({percent}%)',
    notStarted: 'Not started',
    openTask: 'Open in Planner',
    openTaskLabel: 'Open “{title}” in Planner',
    retry: 'Try again',
  },
);
