/** Part V of the questionnaire (questions 12–15), as bijlage 3 words them. */
import { riskDomains } from './domains';
import type { AnswerOption, Question } from './model';
import { noOption, otherOption, severalAnswersHelp, yesOption } from './options';

/** Question 15's columns; a row without a column means "don't know", as the report states. */
export const domainControlColumns: readonly AnswerOption[] = [
  { key: 'covered', label: { nl: 'Voldoende afgedekt', en: 'Sufficiently covered' } },
  {
    key: 'majorWorkPoints',
    label: { nl: 'Nog belangrijke werkpunten', en: 'Important points still to work on' },
  },
  {
    key: 'notControlled',
    label: { nl: 'Onvoldoende onder controle', en: 'Not sufficiently under control' },
  },
];

/** Questions 12–15. */
export const riskManagementQuestions: readonly Question[] = [
  {
    id: 'q12',
    number: 12,
    part: 'V',
    kind: 'single',
    prompt: {
      nl: "Werd er de voorbije drie jaar een risicoanalyse m.b.t. ICT-risico's uitgevoerd?",
      en: 'Was a risk analysis of ICT risks carried out in the past three years?',
    },
    required: false,
    options: [
      yesOption,
      {
        key: 'partly',
        label: {
          nl: "Ja, voor een deel van de ICT-risico's",
          en: 'Yes, for part of the ICT risks',
        },
      },
      noOption,
    ],
    source: { where: 'Bijlage 3, vraag 12' },
  },
  {
    id: 'q13',
    number: 13,
    part: 'V',
    kind: 'multiple',
    prompt: {
      nl: 'Werd bij deze risicoanalyse rekening gehouden met volgende elementen?',
      en: 'Did this risk analysis take the following elements into account?',
    },
    help: severalAnswersHelp,
    required: false,
    options: [
      {
        key: 'internalControlSelfAssessment',
        label: {
          nl: 'De bevindingen uit de zelfevaluatie in het kader van organisatiebeheersing',
          en: 'The findings of the self-assessment for internal control',
        },
      },
      {
        key: 'dpoFindings',
        label: {
          nl: 'De bevindingen over de ICT-risico’s opgelijst door de DPO en/of de informatieveiligheidscel',
          en: 'The findings on ICT risks listed by the DPO and/or the information security unit',
        },
      },
      {
        key: 'projectRisks',
        label: {
          nl: "De specifieke projectrisico's gelinkt aan (grote) digitaliseringsprojecten",
          en: 'The specific project risks of (large) digitalisation projects',
        },
      },
      {
        key: 'environmentAnalysis',
        label: {
          nl: 'De bevindingen uit de omgevingsanalyse voor het meerjarenplan 2020-2025',
          en: 'The findings of the environment analysis for the multi-year plan 2020-2025',
        },
      },
      {
        key: 'specificTopics',
        label: {
          nl: 'De inschatting voor specifieke onderdelen van het thema ICT (bv. cybersecurity)',
          en: 'The assessment of specific parts of the ICT theme (e.g. cybersecurity)',
        },
      },
      otherOption,
    ],
    source: { where: 'Bijlage 3, vraag 13' },
  },
  {
    id: 'q14',
    number: 14,
    part: 'V',
    kind: 'multiple',
    prompt: {
      nl: "Kan je voor onderstaande domeinen van het thema ICT aanduiden of de risico's geïdentificeerd zijn (via een risicoanalyse en/of door incidenten)?",
      en: 'For the domains of the ICT theme below, can you indicate whether the risks have been identified (through a risk analysis and/or through incidents)?',
    },
    help: severalAnswersHelp,
    required: false,
    options: riskDomains.map((domain) => ({ key: domain.id, label: domain.q14Name })),
    source: { where: 'Bijlage 3, vraag 14' },
  },
  {
    id: 'q15',
    number: 15,
    part: 'V',
    kind: 'grid',
    prompt: {
      nl: "Kan je aangeven in welke mate - volgens jouw beoordeling - de risico's in de onderstaande domeinen van het thema ICT onder controle zijn?",
      en: 'Can you indicate to what extent, in your judgement, the risks in the domains of the ICT theme below are under control?',
    },
    help: {
      nl: 'Indien geen optie gekozen wordt, gaan we ervan uit dat je het antwoord niet kent.',
      en: 'If no option is chosen, we assume that you do not know the answer.',
    },
    required: false,
    rows: riskDomains.map((domain) => ({ key: domain.id, label: domain.name })),
    columns: [...domainControlColumns],
    source: { where: 'Bijlage 3, vraag 15' },
  },
];
