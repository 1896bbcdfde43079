/** Parts III and IV of the questionnaire (questions 7–11), as bijlage 3 words them. */
import type { Question } from './model';
import { noOption, otherOption, yesOption } from './options';

/** Questions 7–11. */
export const strategyQuestions: readonly Question[] = [
  {
    id: 'q7',
    number: 7,
    part: 'III',
    kind: 'single',
    prompt: {
      nl: 'Werden er op beleidsniveau (bijvoorbeeld in het bestuursakkoord, Meerjarenplan 2020-2025) expliciet doelstellingen met betrekking tot ICT en digitalisering vooropgesteld?',
      en: 'Were explicit objectives for ICT and digitalisation set at policy level (for example in the coalition agreement, the multi-year plan 2020-2025)?',
    },
    required: false,
    options: [yesOption, noOption],
    source: { where: 'Bijlage 3, vraag 7' },
  },
  {
    id: 'q8',
    number: 8,
    part: 'III',
    kind: 'single',
    prompt: {
      nl: 'Heeft jouw lokaal bestuur een ICT-strategie/-visie die besproken en gevalideerd is door het managementteam?',
      en: 'Does your local government have an ICT strategy/vision that the management team has discussed and validated?',
    },
    required: true,
    options: [yesOption, noOption, otherOption],
    source: { where: 'Bijlage 3, vraag 8' },
  },
  {
    id: 'q9',
    number: 9,
    part: 'III',
    kind: 'single',
    prompt: {
      nl: 'Is het duidelijk welke stappen tegen wanneer zullen worden gezet om de doelstellingen van de ICT-strategie/-visie concreet te realiseren? Beschik jij met andere woorden over een ICT-actieplan met concrete timing/mijlpalen?',
      en: 'Is it clear which steps will be taken by when to achieve the objectives of the ICT strategy/vision in practice? In other words, do you have an ICT action plan with a concrete timing/milestones?',
    },
    required: false,
    options: [yesOption, noOption],
    source: { where: 'Bijlage 3, vraag 9' },
  },
  {
    id: 'q10',
    number: 10,
    part: 'IV',
    kind: 'single',
    prompt: {
      nl: 'Wanneer jouw lokaal bestuur recent een (grootschalig) ICT-project heeft uitgevoerd (vb migratie van data naar de cloud, vervanging van technische infrastructuur, overstap naar nieuw boekhoudsysteem of systeem voor personeelsadministratie) of bezig is met de voorbereiding van dergelijk ICT-project, heb je dan de risico’s van de verandering en van de nieuwe werking al in kaart gebracht?',
      en: 'When your local government recently carried out a (large-scale) ICT project (e.g. migrating data to the cloud, replacing technical infrastructure, moving to a new accounting system or HR administration system) or is preparing such an ICT project, have you mapped the risks of the change and of the new way of working?',
    },
    required: false,
    options: [yesOption, noOption],
    source: { where: 'Bijlage 3, vraag 10' },
  },
  {
    id: 'q11',
    number: 11,
    part: 'IV',
    kind: 'single',
    prompt: {
      nl: 'Is digitalisering van de processen en de dienstverlening momenteel een belangrijk aandachtspunt voor jouw lokaal bestuur?',
      en: 'Is digitalising processes and services currently an important point of attention for your local government?',
    },
    required: false,
    options: [yesOption, noOption],
    source: { where: 'Bijlage 3, vraag 11' },
  },
];
