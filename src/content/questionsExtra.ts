/** The closing "Bijkomende informatie" of the questionnaire (questions 21–25), as bijlage 3 words them. */
import type { Question } from './model';

/** Questions 21–25. */
export const extraQuestions: readonly Question[] = [
  {
    id: 'q21',
    number: 21,
    part: 'extra',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: "Zijn er volgens jou nog belangrijke organisatiebrede ICT-risico's die niet aan bod kwamen in de vragenlijst?",
      en: 'In your view, are there other important organisation-wide ICT risks that the questionnaire did not cover?',
    },
    required: false,
    source: { where: 'Bijlage 3, vraag 21' },
  },
  {
    id: 'q22',
    number: 22,
    part: 'extra',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Zijn er goede praktijken die jouw lokaal bestuur wil delen met andere lokale besturen?',
      en: 'Are there good practices that your local government wants to share with other local governments?',
    },
    required: false,
    source: { where: 'Bijlage 3, vraag 22' },
  },
  {
    id: 'q23',
    number: 23,
    part: 'extra',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: "Heeft jouw lokaal bestuur vragen met betrekking tot ICT-risico's of -risicobeheer waarover je meer informatie wil?",
      en: 'Does your local government have questions about ICT risks or risk management on which you would like more information?',
    },
    required: false,
    source: { where: 'Bijlage 3, vraag 23' },
  },
  {
    id: 'q24',
    number: 24,
    part: 'extra',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Heb je nog andere bedenkingen of aandachtspunten die je wil delen met het auditteam?',
      en: 'Do you have any other remarks or points of attention that you want to share with the audit team?',
    },
    required: false,
    source: { where: 'Bijlage 3, vraag 24' },
  },
  {
    id: 'q25',
    number: 25,
    part: 'extra',
    kind: 'scale',
    prompt: {
      nl: 'Kon je deze vragenlijst vlot invullen?',
      en: 'Could you fill in this questionnaire easily?',
    },
    required: false,
    min: 0,
    max: 10,
    minLabel: { nl: 'Zeer moeilijk', en: 'Very difficult' },
    maxLabel: { nl: 'Zeer gemakkelijk', en: 'Very easy' },
    source: { where: 'Bijlage 3, vraag 25' },
  },
];
