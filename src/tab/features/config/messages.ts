/** Dutch and English texts of the configuration page. */
import { defineMessages } from '../../i18n/messages';

/** The configuration page's catalogue. */
export const configMessages = defineMessages(
  {
    title: 'Risicoradar instellen',
    intro:
      'Risicoradar bewaart zijn gegevens in lijsten op een SharePoint-site van dit team. Die lijsten worden nu klaargezet.',
    provisioning: 'De lijsten worden klaargezet',
    provisionStep: 'Stap {done} van {total}',
    created: 'Risicoradar heeft deze lijsten gemaakt: {lists}.',
    reused:
      'De lijsten van Risicoradar bestonden al; dit tabblad gebruikt dezelfde gegevens als de andere tabbladen van dit team.',
    failed: 'De lijsten konden niet worden klaargezet.',
    retry: 'Opnieuw proberen',
    readersTitle: 'Wie kan de gegevens lezen',
    readersTeam:
      'De lijsten staan op de site van het team. Alle leden van het team kunnen ze lezen. Leden: {members}. Gasten: {guests}.',
    readersChannel:
      'Dit is een privékanaal: de lijsten staan op de eigen site van het kanaal, en alleen de leden van dit kanaal kunnen ze lezen.',
    readersFailed: 'Risicoradar kon de leden van het team niet lezen.',
    recommendPrivate:
      'Een risicoregister toont de zwakke plekken van je bestuur. Het team heeft gasten of leden buiten het managementteam? Voeg Risicoradar dan toe aan een privékanaal met alleen het managementteam: daar staan de lijsten op een eigen site.',
    readyTeams: 'Klik op Opslaan om het tabblad toe te voegen.',
    readyLocal: 'De lijsten staan klaar.',
    openRegister: 'Risicoregister openen',
    saveFailed: 'Het tabblad kon niet worden opgeslagen.',
  },
  {
    title: 'Set up Risicoradar',
    intro:
      'Risicoradar keeps its data in lists on a SharePoint site of this team. Those lists are being set up now.',
    provisioning: 'Setting up the lists',
    provisionStep: 'Step {done} of {total}',
    created: 'Risicoradar created these lists: {lists}.',
    reused:
      'The Risicoradar lists existed already; this tab uses the same data as the team’s other tabs.',
    failed: 'The lists could not be set up.',
    retry: 'Try again',
    readersTitle: 'Who can read the data',
    readersTeam:
      'The lists are on the team’s site. Every member of the team can read them. Members: {members}. Guests: {guests}.',
    readersChannel:
      'This is a private channel: the lists are on the channel’s own site, and only this channel’s members can read them.',
    readersFailed: 'Risicoradar could not read the team’s members.',
    recommendPrivate:
      'A risk register shows your organisation’s weak spots. Does the team have guests or members outside the management team? Then add Risicoradar to a private channel with only the management team: there the lists sit on a site of their own.',
    readyTeams: 'Press Save to add the tab.',
    readyLocal: 'The lists are ready.',
    openRegister: 'Open the risk register',
    saveFailed: 'The tab could not be saved.',
  },
);
