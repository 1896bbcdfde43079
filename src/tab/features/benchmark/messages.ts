/** Dutch and English texts of the Vergelijking page. */
import { defineMessages } from '../../i18n/messages';

/** The comparison's catalogue. */
export const benchmarkMessages = defineMessages(
  {
    title: 'Vergelijking met de 144 besturen',
    intro:
      'Per vraag zie je hoe de 144 besturen uit de audit antwoordden, met het antwoord van je bestuur gemarkeerd. Naast elke grafiek staat dezelfde informatie in een tabel.',
    populationTitle: 'Wie waren de 144 besturen?',
    loading: 'Vergelijking wordt geladen…',
    loadFailed: 'De antwoorden konden niet worden geladen.',
    answer: 'Antwoord',
    share: 'Aandeel van de 144',
    own: 'Jouw antwoord',
    ownMark: 'jouw antwoord',
    source: 'Plaats in het rapport',
    tableCaption: 'Antwoorden van de 144 besturen op vraag {number}',
    gridRow: 'Onderdeel',
    noFigures: 'Het rapport geeft geen cijfers voor deze vraag.',
    ownAnswers: 'Jouw antwoord: {answers}',
    ownNoFigure: 'Jouw antwoord, zonder cijfer in het rapport: {answers}',
    yes: 'ja',
    count: '{count} besturen',
    chartLabel: 'Staafdiagram van de antwoorden; de tabel ernaast geeft dezelfde cijfers.',
  },
  {
    title: 'Comparison with the 144 local governments',
    intro:
      'For each question you see how the 144 local governments of the audit answered, with your own answer marked. Beside each chart, a table gives the same information.',
    populationTitle: 'Who were the 144 local governments?',
    loading: 'Loading comparison…',
    loadFailed: 'The answers could not be loaded.',
    answer: 'Answer',
    share: 'Share of the 144',
    own: 'Your answer',
    ownMark: 'your answer',
    source: 'Place in the report',
    tableCaption: 'Answers of the 144 local governments to question {number}',
    gridRow: 'Item',
    noFigures: 'The report gives no figures for this question.',
    ownAnswers: 'Your answer: {answers}',
    ownNoFigure: 'Your answer, without a figure in the report: {answers}',
    yes: 'yes',
    count: '{count} local governments',
    chartLabel: 'Bar chart of the answers; the table beside it gives the same figures.',
  },
);
