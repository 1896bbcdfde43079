/** Benchmark entries for the questions without a figure in the report, each with the report's statement instead. */
import type { LocalizedText, QuestionBenchmark, QuestionId } from '../model';

function noFigure(questionId: QuestionId, note: LocalizedText): QuestionBenchmark {
  return { questionId, availability: 'none', figures: [], note };
}

const openQuestion: LocalizedText = {
  nl: 'Open vraag: het rapport geeft geen cijfers.',
  en: 'Open question: the report gives no figures.',
};

/** Questions 1, 2, 13, 16 and 18–25. */
export const benchmarksWithoutFigures: readonly QuestionBenchmark[] = [
  noFigure('q1', openQuestion),
  noFigure('q2', openQuestion),
  noFigure('q13', {
    nl: 'De grafiek in het rapport toont geen cijfers. Volgens de tekst hield de meerderheid rekening met de bevindingen van de DPO of de informatieveiligheidscel en met specifieke onderdelen van ICT, en minder besturen met organisatiebeheersing of projectrisico’s.',
    en: 'The chart in the report shows no figures. According to the text, most took the findings of the DPO or the information security unit and specific parts of ICT into account, and fewer took internal control or project risks into account.',
  }),
  noFigure('q16', {
    nl: 'De grafiek in het rapport toont geen cijfers per maatregel. Volgens de tekst scoren het bedrijfscontinuïteitsplan en de kennisoverdracht het laagst: ze zijn bij slechts iets meer dan de helft van de besturen minstens gedeeltelijk ingevoerd.',
    en: 'The chart in the report shows no figures per measure. According to the text, the business continuity plan and knowledge transfer score lowest: slightly more than half of the local governments have implemented them at least partly.',
  }),
  noFigure('q18', {
    nl: 'Open vraag. Het rapport noemt als meest genomen acties onder meer: een DPO aanstellen, een externe audit of test laten uitvoeren, een risicoanalyse uitvoeren, medewerkers duidelijkheid geven over informatieveiligheid, het toegangsbeheer aanscherpen, een wachtwoordbeleid invoeren en leveranciers opvolgen.',
    en: 'Open question. Among the actions taken most, the report names: appointing a DPO, having an external audit or test carried out, carrying out a risk analysis, making clear to staff what information security expects of them, tightening access management, introducing a password policy and following up suppliers.',
  }),
  noFigure('q19', {
    nl: 'Open vraag. Volgens het rapport lag het vooral aan de omstandigheden en een aangepaste planning.',
    en: 'Open question. According to the report, it was mostly due to circumstances and a changed planning.',
  }),
  noFigure('q20', {
    nl: 'Open vraag. Volgens het rapport waren meer tijd en middelen nodig, en andere prioriteiten voor ICT.',
    en: 'Open question. According to the report, more time and resources were needed, and different priorities for ICT.',
  }),
  noFigure('q21', {
    nl: 'Open vraag. Genoemde thema’s: personeel en werkbelasting, werken op afstand, opvolging van leveranciers, kostprijs van ICT, en hoe gebruikers met digitale tools omgaan.',
    en: 'Open question. Themes named: staff and workload, remote working, following up suppliers, the cost of ICT, and how users handle digital tools.',
  }),
  noFigure('q22', {
    nl: 'Open vraag. Genoemde goede praktijken gaan over de werking van de ICT-functie, infrastructuur en software, continuïteit, werken met externe partijen, en afspraken voor gebruikers.',
    en: 'Open question. The good practices named concern the working of the ICT function, infrastructure and software, continuity, working with external parties, and rules for users.',
  }),
  noFigure('q23', {
    nl: 'Open vraag. Genoemde vragen: de impact van O365, ICT-risico’s benoemen en inschatten, een werkend bedrijfscontinuïteitsplan, veilige en wettige cloudopslag, en wachtwoordloos aanmelden.',
    en: 'Open question. Questions named: the impact of O365, naming and assessing ICT risks, a working business continuity plan, secure and lawful cloud storage, and passwordless sign-in.',
  }),
  noFigure('q24', {
    nl: 'Open vraag. Genoemde bedenkingen: de overstap naar SharePoint, het uitbesteden van servers, menselijk gedrag als doorlopende zorg, wettelijke plichten rond beheer en documentatie, en SLA’s en veiligheidsafspraken met leveranciers.',
    en: 'Open question. Remarks named: moving to SharePoint, outsourcing servers, human behaviour as an ongoing concern, legal duties on management and documentation, and SLAs and security agreements with suppliers.',
  }),
  noFigure('q25', {
    nl: 'Het rapport geeft geen verdeling. Meer dan de helft van de besturen kon de vragenlijst vlot invullen.',
    en: 'The report gives no distribution. More than half of the local governments could fill in the questionnaire easily.',
  }),
];
