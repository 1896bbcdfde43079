/** Strings of the risk method's settings: review cycles and the names of scale steps and levels. */
import { defineMessages } from '../../../i18n/messages';

/** Dutch and English strings of the settings dialog. */
export const settingsMessages = defineMessages(
  {
    open: 'Instellingen risicoanalyse',
    title: 'Instellingen risicoanalyse',
    intro:
      'Pas de reviewtermijnen en de namen van de schalen aan jouw bestuur aan. De wijzigingen gelden meteen voor het hele register.',
    cyclesTitle: 'Reviewtermijn per niveau',
    cyclesIntro: 'Het aantal dagen tussen twee reviews van een risico met dit niveau.',
    cycleLabel: 'Reviewtermijn {level} (dagen)',
    likelihoodTitle: 'Namen van de kansschaal',
    impactTitle: 'Namen van de impactschaal',
    levelTitle: 'Namen van de niveaus',
    stepLabel: 'Stap {step}',
    levelLabel: 'Niveau {level}',
    defaultDays: 'Standaard: {days} dagen',
    defaultLabel: 'Standaard: {label}',
    restore: 'Standaard herstellen',
    restoreFor: 'Standaard herstellen voor {field}',
    daysInvalid: 'Geef een heel aantal dagen van {min} tot {max}.',
    labelEmpty: 'Geef een naam op.',
    labelTooLong: 'Een naam heeft hoogstens {max} tekens; deze heeft er {length}.',
    invalidSummary: 'Sommige velden zijn niet geldig. Verbeter ze en sla opnieuw op.',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    saved: 'De instellingen zijn opgeslagen.',
    rescheduled: 'Risico’s met een nieuwe volgende reviewdatum: {count}.',
    rescheduleFailed:
      'Reviewdatums die niet aan de nieuwe termijn konden worden aangepast: {count}. Open de instellingen en sla opnieuw op.',
    conflict:
      'Iemand anders heeft de instellingen intussen gewijzigd. Je ziet nu de nieuwe waarden; breng je wijziging opnieuw aan en sla op.',
    failed: 'De instellingen zijn niet opgeslagen.',
    loadFailed: 'De instellingen konden niet worden gelezen.',
  },
  {
    open: 'Risk analysis settings',
    title: 'Risk analysis settings',
    intro:
      'Adjust the review periods and the names of the scales to your organisation. The changes apply to the whole register at once.',
    cyclesTitle: 'Review period per level',
    cyclesIntro: 'The number of days between two reviews of a risk with this level.',
    cycleLabel: 'Review period {level} (days)',
    likelihoodTitle: 'Names of the likelihood scale',
    impactTitle: 'Names of the impact scale',
    levelTitle: 'Names of the levels',
    stepLabel: 'Step {step}',
    levelLabel: 'Level {level}',
    defaultDays: 'Default: {days} days',
    defaultLabel: 'Default: {label}',
    restore: 'Restore default',
    restoreFor: 'Restore default for {field}',
    daysInvalid: 'Enter a whole number of days from {min} to {max}.',
    labelEmpty: 'Enter a name.',
    labelTooLong: 'A name has at most {max} characters; this one has {length}.',
    invalidSummary: 'Some fields are not valid. Correct them and save again.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: 'The settings have been saved.',
    rescheduled: 'Risks with a new next review date: {count}.',
    rescheduleFailed:
      'Review dates that could not follow the new period: {count}. Open the settings and save again.',
    conflict:
      'Someone else changed the settings in the meantime. You now see the new values; make your change again and save.',
    failed: 'The settings have not been saved.',
    loadFailed: 'The settings could not be read.',
  },
);

/** A key of the settings catalogue. */
export type SettingsMessageKey = keyof typeof settingsMessages.nl;
