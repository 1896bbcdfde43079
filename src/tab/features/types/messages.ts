/** Dutch and English texts of the Type page. */
import { defineMessages } from '../../i18n/messages';

/** The Type page's catalogue. */
export const typeMessages = defineMessages(
  {
    pageTitle: 'Type ICT-functie',
    pageIntro:
      'Kies het type of de types van ICT-functie waarin je bestuur zich herkent. Een bestuur kan zich in meer dan één type herkennen; bekijk dan de stappen van al die types. Per bouwsteen zie je de stappen die het rapport voor die types geeft, en maak je van een stap met één klik een actie in het actieplan.',
    loading: 'Type en stappen worden geladen…',
    loadFailed: 'De instellingen, risico’s of acties konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    pickerLegend: 'Types ICT-functie waarin je bestuur zich herkent',
    typeName: 'Type {number}',
    typeOption: 'Type {number}: {label}',
    noTypeChosen: 'Kies hierboven minstens één type om de stappen per bouwsteen te zien.',
    blockHeading: 'Bouwsteen {number}: {title}',
    progressLabel: 'Voortgang bouwsteen {number}',
    progressText: '{done} van {total} stappen gedaan',
    stepNumber: 'Stap {number}',
    fromTypes: 'Uit: {types}',
    suggestedMoscow: 'Voorgestelde prioriteit: {moscow}',
    doneLabel: 'Gedaan',
    doneAria: 'Stap {number} van bouwsteen {block} ({types}) gedaan',
    choiceLegend:
      'Stap {number} van bouwsteen {block} ({types}): kies één van de alternatieven (OF)',
    choiceHint:
      'Het rapport geeft hier alternatieven met OF ertussen: kies er één. Met meer dan één type staan de alternatieven van elk type samen.',
    chooseFirst: 'Kies eerst een alternatief om er een actie van te maken.',
    makeAction: 'Actie maken',
    makeActionAria: 'Actie maken van stap {number} van bouwsteen {block} ({types})',
    making: 'Actie wordt gemaakt…',
    actionExists: 'Actie bestaat',
    openPlan: 'Naar het actieplan',
    actionMade: 'Actie gemaakt in het actieplan, met prioriteit {moscow}.',
    titleShortened:
      'De staptekst is langer dan de 255 tekens die een titel mag hebben. De titel is daarom ingekort en de volledige tekst staat in de beschrijving van de actie.',
    actionSource:
      'Stap {number} van bouwsteen {block} voor {types}, uit hoofdstuk 3 van het inspiratierapport van Audit Vlaanderen.',
    risksHeading: 'Risico’s die bouwsteen {number} beheerst',
    risksIntro:
      'Zoals het rapport ze noemt. Voeg een risico toe aan het risicoregister als startpunt.',
    addRisk: 'Toevoegen aan het register',
    riskAdded: 'In het register',
    adding: 'Wordt toegevoegd…',
    riskSource:
      'Risico van bouwsteen {block}, uit hoofdstuk 2 van het inspiratierapport van Audit Vlaanderen.',
    riskTitleShortened:
      'De titel is ingekort tot hoogstens 255 tekens; de volledige tekst staat in de beschrijving van het risico.',
    conflict:
      'Iemand anders heeft de stappen intussen gewijzigd. De nieuwste versie is geladen; voer je laatste wijziging opnieuw uit.',
    saveFailed: 'Je wijziging kon niet worden bewaard. {reason}',
    createFailed: 'Maken mislukt. {reason}',
    stepsCredit: 'Beschrijvingen, stappen en risico’s: {credit}',
  },
  {
    pageTitle: 'Type of ICT function',
    pageIntro:
      'Choose the type or types of ICT function your local government recognises itself in. A local government can recognise itself in more than one type; then look at the steps of all of them. For each building block you see the steps the report gives for those types, and one click turns a step into an action in the action plan.',
    loading: 'Loading type and steps…',
    loadFailed: 'The settings, risks or actions could not be loaded.',
    retry: 'Try again',
    pickerLegend: 'Types of ICT function your local government recognises itself in',
    typeName: 'Type {number}',
    typeOption: 'Type {number}: {label}',
    noTypeChosen: 'Choose at least one type above to see the steps per building block.',
    blockHeading: 'Building block {number}: {title}',
    progressLabel: 'Progress of building block {number}',
    progressText: '{done} of {total} steps done',
    stepNumber: 'Step {number}',
    fromTypes: 'From: {types}',
    suggestedMoscow: 'Suggested priority: {moscow}',
    doneLabel: 'Done',
    doneAria: 'Step {number} of building block {block} ({types}) done',
    choiceLegend:
      'Step {number} of building block {block} ({types}): choose one of the alternatives (OR)',
    choiceHint:
      'The report gives alternatives joined by OR here: choose one. With more than one type, the alternatives of each type are listed together.',
    chooseFirst: 'Choose an alternative first to make an action of it.',
    makeAction: 'Make action',
    makeActionAria: 'Make an action of step {number} of building block {block} ({types})',
    making: 'Making the action…',
    actionExists: 'Action exists',
    openPlan: 'Open the action plan',
    actionMade: 'Action made in the action plan, with priority {moscow}.',
    titleShortened:
      'The step text is longer than the 255 characters a title may have. So the title is shortened and the whole text is in the action’s description.',
    actionSource:
      'Step {number} of building block {block} for {types}, from chapter 3 of Audit Vlaanderen’s inspiration report.',
    risksHeading: 'Risks that building block {number} controls',
    risksIntro: 'As the report words them. Add a risk to the risk register as a starting point.',
    addRisk: 'Add to the register',
    riskAdded: 'In the register',
    adding: 'Adding…',
    riskSource:
      'Risk of building block {block}, from chapter 2 of Audit Vlaanderen’s inspiration report.',
    riskTitleShortened:
      'The title is shortened to at most 255 characters; the whole text is in the risk’s description.',
    conflict:
      'Someone else changed the steps in the meantime. The newest version is loaded; make your last change again.',
    saveFailed: 'Your change could not be saved. {reason}',
    createFailed: 'Making it failed. {reason}',
    stepsCredit: 'Descriptions, steps and risks: {credit}',
  },
);
