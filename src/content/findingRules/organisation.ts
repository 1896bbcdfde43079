/** Finding rules for parts II–IV: staffing, position of the ICT officer, vision, strategy and change. */
import type { FindingRule } from '../model';

/** Rules on questions 4–11. */
export const organisationRules: readonly FindingRule[] = [
  {
    id: 'q4-below-one-fte',
    buildingBlocks: ['b4', 'b5'],
    domains: ['d2'],
    condition: { kind: 'fteBelow', questionId: 'q4', below: 1 },
    finding: {
      nl: 'Het organigram voorziet minder dan 1 VTE voor ICT.',
      en: 'The organisation chart provides less than 1 FTE for ICT.',
    },
    reason: {
      nl: 'Met zo weinig eigen capaciteit rust het ICT-beheer op externen. Dan moeten de rollen intern en de coördinatie met de externen extra stevig geregeld zijn.',
      en: 'With so little own capacity, ICT management rests on external parties. Internal roles and the coordination with those parties then need to be especially firm.',
    },
    source: { where: 'Bijlage 4, vraag 4; hoofdstuk 2, bouwstenen 4 en 5' },
    comparison: { kind: 'band', questionId: 'q4', band: 'below1' },
  },
  {
    id: 'q5-fte-not-filled',
    buildingBlocks: ['b4'],
    domains: ['d2'],
    condition: { kind: 'fteAbove', questionId: 'q5', above: 0 },
    finding: {
      nl: 'Een deel van de voorziene ICT-capaciteit is niet ingevuld.',
      en: 'Part of the planned ICT capacity is not filled.',
    },
    reason: {
      nl: 'Capaciteit die op papier bestaat maar niet wordt ingevuld, laat taken liggen die de governancestructuur aan iemand toewijst.',
      en: 'Capacity that exists on paper but is not filled leaves tasks undone that the governance structure assigns to someone.',
    },
    source: { where: 'Bijlage 4, vraag 5; hoofdstuk 2, bouwsteen 4' },
    comparison: { kind: 'band', questionId: 'q5', band: 'notFilled' },
  },
  {
    id: 'q6-not-in-management-team',
    buildingBlocks: ['b4'],
    domains: ['d1'],
    condition: { kind: 'choiceIn', questionId: 'q6', oneOf: ['no'] },
    finding: {
      nl: 'De ICT-verantwoordelijke zit niet in het managementteam en kan er niet zelf punten agenderen.',
      en: 'The ICT officer is not on the management team and cannot put items on its agenda.',
    },
    reason: {
      nl: 'Het rapport vraagt een structurele, nauwe band tussen de ICT-functie en het managementteam, zodat informatie vlot uitgewisseld wordt en beslissingen over ICT niet stroef verlopen.',
      en: 'The report asks for a close, structural link between the ICT function and the management team, so that information flows and decisions on ICT do not stall.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 4; bijlage 4, vraag 6' },
    comparison: { kind: 'answers', questionId: 'q6', better: ['yes', 'noButCanAddToAgenda'] },
  },
  {
    id: 'q6-agenda-only',
    buildingBlocks: ['b4'],
    domains: ['d1'],
    condition: { kind: 'choiceIn', questionId: 'q6', oneOf: ['noButCanAddToAgenda'] },
    finding: {
      nl: 'De ICT-verantwoordelijke zit niet in het managementteam, maar kan er wel punten agenderen.',
      en: 'The ICT officer is not on the management team, but can put items on its agenda.',
    },
    reason: {
      nl: 'Agenderen helpt, maar de afstemming met het managementteam hangt dan af van wie het initiatief neemt. Leg vast hoe en wanneer ICT op de agenda komt.',
      en: 'Adding items helps, but alignment with the management team then depends on who takes the initiative. Set down how and when ICT comes on the agenda.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 4; bijlage 4, vraag 6' },
    comparison: { kind: 'answers', questionId: 'q6', better: ['yes'] },
  },
  {
    id: 'q7-no-policy-objectives',
    buildingBlocks: ['b1'],
    domains: ['d1'],
    condition: { kind: 'choiceIn', questionId: 'q7', oneOf: ['no'] },
    finding: {
      nl: 'Er zijn op beleidsniveau geen doelstellingen voor ICT en digitalisering vastgelegd.',
      en: 'No objectives for ICT and digitalisation have been set at policy level.',
    },
    reason: {
      nl: 'Een ICT-visie sluit aan op de doelstellingen van het meerjarenplan. Zonder die doelstellingen ontbreekt het ankerpunt voor beslissingen en budgetten over ICT.',
      en: 'An ICT vision connects to the objectives of the multi-year plan. Without those objectives, decisions and budgets on ICT lack an anchor.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 1; bijlage 4, vraag 7' },
    comparison: { kind: 'answers', questionId: 'q7', better: ['yes'] },
  },
  {
    id: 'q8-no-validated-strategy',
    buildingBlocks: ['b1'],
    domains: ['d1'],
    condition: { kind: 'choiceNotIn', questionId: 'q8', noneOf: ['yes'] },
    finding: {
      nl: 'Er is geen ICT-visie/-strategie die het managementteam besproken en gevalideerd heeft.',
      en: 'There is no ICT vision/strategy that the management team has discussed and validated.',
    },
    reason: {
      nl: 'Bouwsteen 1 vraagt een gedocumenteerde ICT-visie die het management gevalideerd heeft. Zonder die leidraad dreigen verkeerde keuzes en inefficiënte investeringen.',
      en: 'Building block 1 asks for a documented ICT vision validated by management. Without that guide, wrong choices and inefficient investments loom.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 1; bijlage 4, vraag 8' },
    comparison: { kind: 'answers', questionId: 'q8', better: ['yes'] },
  },
  {
    id: 'q9-no-action-plan',
    buildingBlocks: ['b1', 'b4'],
    domains: ['d1'],
    condition: { kind: 'choiceIn', questionId: 'q9', oneOf: ['no'] },
    finding: {
      nl: 'Er is geen ICT-actieplan met concrete timing en mijlpalen.',
      en: 'There is no ICT action plan with a concrete timing and milestones.',
    },
    reason: {
      nl: 'Een visie wordt pas werkelijkheid met geplande acties. Het rapport vraagt een visie die concreet genoeg is voor acties, en een gedocumenteerde planning.',
      en: 'A vision only becomes real through planned actions. The report asks for a vision concrete enough for actions, and a documented planning.',
    },
    source: { where: 'Hoofdstuk 2, bouwstenen 1 en 4; bijlage 4, vraag 9' },
    comparison: { kind: 'answers', questionId: 'q9', better: ['yes'] },
  },
  {
    id: 'q10-change-risks-not-mapped',
    buildingBlocks: ['b2'],
    domains: ['d6', 'd13'],
    condition: { kind: 'choiceIn', questionId: 'q10', oneOf: ['no'] },
    finding: {
      nl: 'De risico’s van een (grootschalig) ICT-project en van de nieuwe werking zijn niet in kaart gebracht.',
      en: 'The risks of a (large-scale) ICT project and of the new way of working have not been mapped.',
    },
    reason: {
      nl: 'Een verandering of uitbesteding beheerst sommige risico’s en doet andere ontstaan. De risicoanalyse moet die risicotransfer meenemen.',
      en: 'A change or outsourcing controls some risks and creates others. The risk analysis has to take that risk transfer into account.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 4, vraag 10' },
    comparison: { kind: 'answers', questionId: 'q10', better: ['yes'] },
  },
  {
    id: 'q11-digitalisation-not-a-priority',
    buildingBlocks: ['b1'],
    domains: ['d1'],
    condition: { kind: 'choiceIn', questionId: 'q11', oneOf: ['no'] },
    finding: {
      nl: 'Digitalisering van processen en dienstverlening is geen belangrijk aandachtspunt.',
      en: 'Digitalising processes and services is not an important point of attention.',
    },
    reason: {
      nl: 'Een ICT-visie hoort rekening te houden met de digitalisering van processen en met technologische evoluties.',
      en: 'An ICT vision ought to take the digitalisation of processes and technological developments into account.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 1; bijlage 4, vraag 11' },
    comparison: { kind: 'answers', questionId: 'q11', better: ['yes'] },
  },
];
