/** Dutch and English texts of the shell: start-up, local mode, sign-in and navigation. */
import { defineMessages } from '../i18n/messages';

/** The shell's catalogue. */
export const shellMessages = defineMessages(
  {
    appName: 'Risicoradar',
    starting: 'Risicoradar wordt gestart…',
    localBanner:
      'Lokale modus: de gegevens staan in de lokale Microsoft 365-simulatie op deze computer, niet in een echte tenant.',
    localUser: 'Aangemeld als demogebruiker',
    chooseUserTitle: 'Kies een demogebruiker',
    chooseUserIntro:
      'In de lokale modus meld je je aan als een van de demogebruikers van de simulatie.',
    chooseUserLabel: 'Demogebruiker',
    chooseUserPlaceholder: 'Kies een gebruiker',
    signIn: 'Aanmelden',
    switchUser: 'Andere gebruiker kiezen',
    usersFailed: 'De demogebruikers konden niet worden geladen. Draait de lokale simulatie?',
    retry: 'Opnieuw proberen',
    provisioning: 'De lijsten van Risicoradar worden op de teamsite klaargezet',
    provisionStep: 'Stap {done} van {total}',
    noTeam:
      'Je bent geen lid van een team met Risicoradar. Vraag de eigenaar van het team van het managementteam om je toe te voegen.',
    noChannel: 'Het team heeft geen kanaal waarin Risicoradar kan werken.',
    signInTitle: 'Aanmelden bij Microsoft 365',
    signInIntro:
      'Risicoradar heeft je toestemming nodig om de lijsten van je team te lezen en te schrijven. Er opent een venster van Microsoft.',
    signInFailed: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
    noHostTitle: 'Open Risicoradar in Microsoft Teams',
    noHostIntro:
      'Risicoradar is een tabblad in Microsoft Teams. Buiten Teams kan het je niet aanmelden, want het heeft geen eigen server.',
    noHostIn:
      '{host} biedt geen aanmelding voor apps in een app (nested app authentication). Open Risicoradar in Teams op het web of in de Teams-app.',
    openInTeams: 'Openen in Teams',
    openTeamsWeb: 'Teams op het web openen',
    missingClientId:
      'Deze versie van Risicoradar is gebouwd zonder de client-id van de Entra-app. Vraag je beheerder om de app opnieuw te bouwen.',
    noTeamContext:
      'Open Risicoradar als tabblad in een kanaal van een team; buiten een team heeft de app geen plaats voor zijn gegevens.',
    startFailed: 'Risicoradar kon niet starten.',
    language: 'Taal',
    theme: 'Weergave',
    themeLight: 'Licht',
    themeDark: 'Donker',
    themeContrast: 'Hoog contrast',
    navLabel: 'Onderdelen van Risicoradar',
    navStart: 'Start',
    navQuestionnaire: 'Zelfevaluatie',
    navComparison: 'Vergelijking',
    navFindings: 'Zwakke punten',
    navType: 'Type',
    navRisks: 'Risico’s',
    navGovernance: 'Governance',
    navControls: 'Beheersing',
    navActions: 'Actieplan',
    navReview: 'Toetsing',
    loadingPage: 'Pagina wordt geladen…',
    navMyActions: 'Mijn acties',
    removeTitle: 'Risicoradar verwijderen uit dit kanaal',
    removeBody:
      'Als je het tabblad verwijdert, blijven de gegevens staan: de lijsten van Risicoradar op de SharePoint-site van het team (of van het privékanaal), de taken in Planner en de gesprekken in het kanaal. Wie het tabblad later opnieuw toevoegt, vindt alles terug. Verwijder de lijsten op de site zelf als je de gegevens wilt wissen.',
    linkInvalid: 'De link is niet geldig. Je ziet het risicoregister; zoek het risico daar op.',
    linkNotFound:
      'Het risico of de actie van de link bestaat niet (meer). Je ziet het risicoregister.',
  },
  {
    appName: 'Risicoradar',
    starting: 'Starting Risicoradar…',
    localBanner:
      'Local mode: the data is kept in the local Microsoft 365 simulation on this computer, not in a real tenant.',
    localUser: 'Signed in as demo user',
    chooseUserTitle: 'Choose a demo user',
    chooseUserIntro: 'In local mode you sign in as one of the simulation’s demo users.',
    chooseUserLabel: 'Demo user',
    chooseUserPlaceholder: 'Choose a user',
    signIn: 'Sign in',
    switchUser: 'Choose another user',
    usersFailed: 'The demo users could not be loaded. Is the local simulation running?',
    retry: 'Try again',
    provisioning: 'Setting up the Risicoradar lists on the team site',
    provisionStep: 'Step {done} of {total}',
    noTeam:
      'You are not a member of a team with Risicoradar. Ask the owner of the management team’s team to add you.',
    noChannel: 'The team has no channel Risicoradar can work in.',
    signInTitle: 'Sign in to Microsoft 365',
    signInIntro:
      'Risicoradar needs your consent to read and write your team’s lists. A Microsoft window opens.',
    signInFailed: 'Signing in failed. Try again.',
    noHostTitle: 'Open Risicoradar in Microsoft Teams',
    noHostIntro:
      'Risicoradar is a tab in Microsoft Teams. Outside Teams it cannot sign you in, because it has no server of its own.',
    noHostIn:
      '{host} offers no sign-in for apps inside an app (nested app authentication). Open Risicoradar in Teams on the web or in the Teams app.',
    openInTeams: 'Open in Teams',
    openTeamsWeb: 'Open Teams on the web',
    missingClientId:
      'This version of Risicoradar was built without the Entra app’s client id. Ask your administrator to rebuild the app.',
    noTeamContext:
      'Open Risicoradar as a tab in a team channel; outside a team the app has no place for its data.',
    startFailed: 'Risicoradar could not start.',
    language: 'Language',
    theme: 'Appearance',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeContrast: 'High contrast',
    navLabel: 'Parts of Risicoradar',
    navStart: 'Start',
    navQuestionnaire: 'Self-assessment',
    navComparison: 'Comparison',
    navFindings: 'Weak points',
    navType: 'Type',
    navRisks: 'Risks',
    navGovernance: 'Governance',
    navControls: 'Control',
    navActions: 'Action plan',
    navReview: 'Review',
    loadingPage: 'Loading page…',
    navMyActions: 'My actions',
    removeTitle: 'Remove Risicoradar from this channel',
    removeBody:
      'When you remove the tab, the data stays in place: the Risicoradar lists on the team’s SharePoint site (or the private channel’s), the tasks in Planner and the conversations in the channel. Whoever adds the tab again finds everything back. Delete the lists on the site itself if you want to erase the data.',
    linkInvalid: 'The link is not valid. You see the risk register; look the risk up there.',
    linkNotFound:
      'The risk or action of the link does not exist (any more). You see the risk register.',
  },
);
