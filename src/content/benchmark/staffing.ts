/** Benchmark for questions 3, 4 and 5: supported entities and ICT staffing. */
import type { QuestionBenchmark } from '../model';

const entitiesSource = { where: 'Bijlage 2, factor 2 (figuur 5)' };
const q4Source = { where: 'Bijlage 4, vraag 4' };
const q5Source = { where: 'Bijlage 4, vraag 5' };

/** Question 3: bijlage 2 gives shares for four entities only. */
export const entitiesBenchmark: QuestionBenchmark = {
  questionId: 'q3',
  availability: 'figures',
  figures: [
    { answer: 'ocmw', percent: 98, source: entitiesSource },
    { answer: 'agb', percent: 44, source: entitiesSource },
    { answer: 'careHome', percent: 40, source: entitiesSource },
    { answer: 'school', percent: 57, source: entitiesSource },
  ],
  note: {
    nl: 'Het rapport geeft geen cijfer voor de gemeentelijke administratie, welzijnsverenigingen en andere entiteiten. Meerdere antwoorden waren mogelijk, dus de percentages tellen niet op tot 100 %.',
    en: 'The report gives no figure for the municipal administration, welfare associations and other entities. Several answers were possible, so the percentages do not add up to 100 %.',
  },
};

/** Question 4: only bands; they overlap, because the report states them separately. */
export const plannedFteBenchmark: QuestionBenchmark = {
  questionId: 'q4',
  availability: 'bands',
  figures: [],
  bands: [
    {
      key: 'from0.02to2',
      label: { nl: '0,02 tot 2 VTE', en: '0.02 to 2 FTE' },
      percent: 58,
      minFte: 0.02,
      maxFte: 2,
      source: q4Source,
    },
    {
      key: 'below1',
      label: { nl: 'minder dan 1 VTE (een derde)', en: 'less than 1 FTE (one third)' },
      percent: 100 / 3,
      maxFte: 1,
      maxFteExclusive: true,
      source: q4Source,
    },
    {
      key: 'zero',
      label: { nl: '0 VTE (4 van de 144)', en: '0 FTE (4 of the 144)' },
      count: 4,
      percent: (4 / 144) * 100,
      minFte: 0,
      maxFte: 0,
      source: q4Source,
    },
  ],
  note: {
    nl: 'Het rapport geeft alleen deze drie groepen, en ze overlappen. Bij de besturen die VTE voorzagen, liep dat uiteen van 0,02 tot 250 VTE.',
    en: 'The report gives only these three groups, and they overlap. Among the local governments that planned FTE, the number ranged from 0.02 to 250 FTE.',
  },
};

/** Question 5: three bands that add up to 110 % in the report, shown as given. */
export const unfilledFteBenchmark: QuestionBenchmark = {
  questionId: 'q5',
  availability: 'bands',
  figures: [],
  bands: [
    {
      key: 'notFilled',
      label: { nl: 'niet (volledig) ingevuld', en: 'not (fully) filled' },
      percent: 33,
      source: q5Source,
    },
    {
      key: 'noneProvided',
      label: { nl: 'geen VTE voorzien', en: 'no FTE provided' },
      percent: 3,
      source: q5Source,
    },
    {
      key: 'fullyFilled',
      label: { nl: 'volledig ingevuld', en: 'fully filled' },
      percent: 74,
      minFte: 0,
      maxFte: 0,
      source: q5Source,
    },
  ],
  note: {
    nl: 'Deze drie cijfers staan zo in het rapport en tellen samen op tot 110 %. Het rapport verklaart dat verschil niet, dus lees ze als een ruwe verdeling.',
    en: 'These three figures appear as such in the report and add up to 110 %. The report does not explain the difference, so read them as a rough distribution.',
  },
};
