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
      'In de lokale modus meldt u zich aan als een van de demogebruikers van de simulatie.',
    chooseUserLabel: 'Demogebruiker',
    chooseUserPlaceholder: 'Kies een gebruiker',
    signIn: 'Aanmelden',
    switchUser: 'Andere gebruiker kiezen',
    usersFailed: 'De demogebruikers konden niet worden geladen. Draait de lokale simulatie?',
    retry: 'Opnieuw proberen',
    provisioning: 'De lijsten van Risicoradar worden op de teamsite klaargezet',
    provisionStep: 'Stap {done} van {total}',
    noTeam:
      'U bent geen lid van een team met Risicoradar. Vraag de eigenaar van het team van het managementteam om u toe te voegen.',
    noChannel: 'Het team heeft geen kanaal waarin Risicoradar kan werken.',
    teamsSignInNotYet:
      'Aanmelden in Microsoft Teams is nog niet beschikbaar in deze versie. Gebruik voorlopig de lokale modus buiten Teams.',
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
    navActions: 'Actieplan',
    navReview: 'Toetsing',
    loadingPage: 'Pagina wordt geladen…',
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
    teamsSignInNotYet:
      'Signing in inside Microsoft Teams is not available in this version yet. Use local mode outside Teams for now.',
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
    navActions: 'Action plan',
    navReview: 'Review',
    loadingPage: 'Loading page…',
  },
);
