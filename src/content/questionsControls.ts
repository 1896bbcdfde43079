/** Part VI of the questionnaire (questions 16–20), as bijlage 3 words them. */
import { startingControls } from './measures';
import type { AnswerOption, Question } from './model';
import { noOption, yesOption } from './options';

/** Question 16's six levels: the legend of its chart in bijlage 4, best first. */
export const measureLevels: readonly AnswerOption[] = [
  {
    key: 'goodPractice',
    label: {
      nl: 'Ja, we zijn een goede praktijk op dit vlak',
      en: 'Yes, we are a good practice in this area',
    },
  },
  { key: 'largely', label: { nl: 'Ja, grotendeels wel', en: 'Yes, largely' } },
  { key: 'partly', label: { nl: 'Ja, gedeeltelijk', en: 'Yes, partly' } },
  { key: 'limited', label: { nl: 'In beperkte mate', en: 'To a limited extent' } },
  { key: 'notAtAll', label: { nl: 'Neen, helemaal niet', en: 'No, not at all' } },
  {
    key: 'unknown',
    label: { nl: 'Geen idee of Niet in te schatten', en: 'No idea or cannot be assessed' },
  },
];

/** Questions 16–20. */
export const controlQuestions: readonly Question[] = [
  {
    id: 'q16',
    number: 16,
    part: 'VI',
    kind: 'grid',
    prompt: {
      nl: 'Hieronder vind je een steekproef van beheersmaatregelen in het kader van ICT-beheer en risicobeheersing. Wij proberen een beeld te vormen van de mate waarin jouw organisatie deze beheersmaatregel al heeft geïmplementeerd. Kan je voor elk van de volgende beheersmaatregelen aangeven in welke mate deze van toepassing zijn op jouw lokaal bestuur op dit moment?',
      en: 'Below is a sample of controls for ICT management and risk control. We are trying to form a picture of how far your organisation has already implemented each control. For each of the following controls, can you indicate to what extent it applies to your local government at this moment?',
    },
    help: {
      nl: 'Indien geen optie gekozen wordt, gaan we ervan uit dat je het antwoord niet kent.',
      en: 'If no option is chosen, we assume that you do not know the answer.',
    },
    required: false,
    rows: startingControls.map((control) => ({ key: control.key, label: control.label })),
    columns: [...measureLevels],
    source: { where: 'Bijlage 3, vraag 16; niveaus uit de legende van de grafiek in bijlage 4' },
  },
  {
    id: 'q17',
    number: 17,
    part: 'VI',
    kind: 'single',
    prompt: {
      nl: 'Zowel in 2018 als in 2020 stelde Audit Vlaanderen tijdens de thema-audit Informatieveiligheid bij lokale besturen in Vlaanderen vast dat er dringend meer werk moest worden gemaakt van de informatiebeveiliging. Hebben jullie reeds actie ondernomen op dit vlak?',
      en: 'Both in 2018 and in 2020, Audit Vlaanderen found in its thematic audit of information security at local governments in Flanders that more work urgently had to be done on information security. Have you already taken action in this area?',
    },
    required: false,
    options: [yesOption, noOption],
    source: { where: 'Bijlage 3, vraag 17' },
  },
  {
    id: 'q18',
    number: 18,
    part: 'VI',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Indien Ja: op welke wijze ging jouw lokaal bestuur hiermee aan de slag?',
      en: 'If Yes: how did your local government set to work on this?',
    },
    required: false,
    condition: { questionId: 'q17', oneOf: ['yes'] },
    source: { where: 'Bijlage 3, vraag 18' },
  },
  {
    id: 'q19',
    number: 19,
    part: 'VI',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Indien Neen: Waarom nam jouw lokaal bestuur geen actie?',
      en: 'If No: why did your local government take no action?',
    },
    required: false,
    condition: { questionId: 'q17', oneOf: ['no'] },
    source: { where: 'Bijlage 3, vraag 19' },
  },
  {
    id: 'q20',
    number: 20,
    part: 'VI',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Indien Neen: Wat is er nodig om wel over te gaan tot actie?',
      en: 'If No: what is needed to move to action after all?',
    },
    required: false,
    condition: { questionId: 'q17', oneOf: ['no'] },
    source: { where: 'Bijlage 3, vraag 20' },
  },
];
