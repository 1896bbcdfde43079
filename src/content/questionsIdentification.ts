/** Parts I and II of the questionnaire (questions 1–6), as bijlage 3 words them. */
import type { Question } from './model';
import {
  noOption,
  otherOption,
  REFERENCE_DATE_PLACEHOLDER,
  severalAnswersHelp,
  yesOption,
} from './options';

const fteHelpNl =
  'Met ICT-beheer bedoelen we alle activiteiten die in de meest brede zin behoren tot ICT: bemannen van de helpdesk, functionele analisten, beheer van hardware en applicaties, data architect, opmaak ICT-plannen, opvolgen ICT-leveranciers, ... Indien je een externe medewerker hebt die via een dienstverleningsovereenkomst op regelmatige basis ondersteuning biedt, mag die meegerekend worden. We willen een beeld krijgen van de totale omvang van de ICT-capaciteit in je lokaal bestuur. Aantal VTE (VolTijds Equivalenten): je mag een grootteorde aangeven.';
const fteHelpEn =
  'By ICT management we mean all activities that belong to ICT in the broadest sense: staffing the helpdesk, functional analysts, managing hardware and applications, data architect, drawing up ICT plans, following up ICT suppliers, ... If an external worker supports you regularly under a service agreement, you may count them. We want a picture of the total ICT capacity of your local government. Number of FTE (full-time equivalents): an order of magnitude will do.';

const decimalMarkAdaptation = {
  reason: {
    nl: 'De zin "Gebruik een punt voor de decimalen." is weggelaten: de app aanvaardt zowel een komma als een punt.',
    en: 'The sentence "Use a point for the decimals." is left out: the app accepts both a comma and a point.',
  },
};

/** Questions 1–6. */
export const identificationQuestions: readonly Question[] = [
  {
    id: 'q1',
    number: 1,
    part: 'I',
    kind: 'text',
    multiline: false,
    prompt: {
      nl: 'Voor welk lokaal bestuur vul je deze vragenlijst in?',
      en: 'For which local government are you filling in this questionnaire?',
    },
    required: true,
    source: { where: 'Bijlage 3, vraag 1' },
  },
  {
    id: 'q2',
    number: 2,
    part: 'I',
    kind: 'text',
    multiline: true,
    prompt: {
      nl: 'Vul je contactgegevens in (naam, telefoonnummer, e-mailadres, functie binnen het lokaal bestuur).',
      en: 'Fill in your contact details (name, telephone number, e-mail address, role within the local government).',
    },
    help: {
      nl: 'Risicoradar bewaart je contactgegevens in de SharePoint-site van dit team. Wie de gegevens van het team kan lezen, ziet ze ook. Ze worden nergens anders naartoe gestuurd.',
      en: 'Risicoradar keeps your contact details in this team’s SharePoint site. Anyone who can read the team’s data can see them too. They are sent nowhere else.',
    },
    required: true,
    adaptation: {
      reason: {
        nl: 'De belofte over de privacyverklaring van Audit Vlaanderen geldt niet voor deze app. In de plaats staat hoe de app de contactgegevens bewaart.',
        en: 'The promise about Audit Vlaanderen’s privacy statement does not apply to this app. It is replaced by how the app keeps the contact details.',
      },
    },
    source: { where: 'Bijlage 3, vraag 2' },
  },
  {
    id: 'q3',
    number: 3,
    part: 'I',
    kind: 'multiple',
    prompt: {
      nl: 'Welke entiteit(en) maken gebruik van de ICT-omgeving/ICT-functieverlening van je lokaal bestuur?',
      en: 'Which entity or entities use the ICT environment/ICT services of your local government?',
    },
    help: severalAnswersHelp,
    required: true,
    options: [
      {
        key: 'municipality',
        label: { nl: 'gemeentelijke administratie', en: 'municipal administration' },
      },
      { key: 'ocmw', label: { nl: 'OCMW-administratie', en: 'OCMW administration' } },
      { key: 'agb', label: { nl: "AGB('s)", en: 'AGB(s) (autonomous municipal companies)' } },
      {
        key: 'welfareAssociation',
        label: { nl: 'Welzijnsvereniging(en)', en: 'Welfare association(s)' },
      },
      { key: 'careHome', label: { nl: 'Woonzorgcentr(um/a)', en: 'Residential care centre(s)' } },
      { key: 'school', label: { nl: 'Gemeentescho(o)l(en)', en: 'Municipal school(s)' } },
      otherOption,
    ],
    source: { where: 'Bijlage 3, vraag 3' },
  },
  {
    id: 'q4',
    number: 4,
    part: 'II',
    kind: 'fte',
    prompt: {
      nl: 'Hoeveel menskracht (uitgedrukt in VTE) wordt er in het organigram van het lokaal bestuur voorzien voor het ICT-beheer van de organisatie?',
      en: 'How much staff (in FTE) does the organisation chart of the local government provide for managing the organisation’s ICT?',
    },
    help: {
      nl: `${fteHelpNl} De waarde moet een getal zijn.`,
      en: `${fteHelpEn} The value must be a number.`,
    },
    required: true,
    adaptation: decimalMarkAdaptation,
    source: { where: 'Bijlage 3, vraag 4' },
  },
  {
    id: 'q5',
    number: 5,
    part: 'II',
    kind: 'fte',
    prompt: {
      nl: `Hoeveel van deze menskracht was op ${REFERENCE_DATE_PLACEHOLDER} NIET ingevuld (bijvoorbeeld door openstaande vacatures, langdurig zieken, personeelsleden die wel in het organigram van de ICT-functie voorzien zijn maar daadwerkelijk (een deel van) hun tijd besteden aan andere opdrachten of projecten, …)?`,
      en: `How much of this staff was NOT filled on ${REFERENCE_DATE_PLACEHOLDER} (for example through open vacancies, long-term sick leave, staff who hold a place in the ICT function’s organisation chart but actually spend (part of) their time on other tasks or projects, …)?`,
    },
    help: {
      nl: 'Aantal VTE: dit mag een schatting zijn. De waarde moet een getal zijn.',
      en: 'Number of FTE: an estimate will do. The value must be a number.',
    },
    required: false,
    adaptation: {
      reason: {
        nl: 'De peildatum 1/10/2021 was die van de bevraging van Audit Vlaanderen; de app vult de peildatum van de eigen ronde in. De zin "Gebruik een punt voor de decimalen." is weggelaten: de app aanvaardt zowel een komma als een punt.',
        en: 'The reference date 1/10/2021 was that of Audit Vlaanderen’s survey; the app fills in the reference date of the own round. The sentence "Use a point for the decimals." is left out: the app accepts both a comma and a point.',
      },
    },
    source: { where: 'Bijlage 3, vraag 5' },
  },
  {
    id: 'q6',
    number: 6,
    part: 'II',
    kind: 'single',
    prompt: {
      nl: 'Maakt de ICT-verantwoordelijke in jouw lokaal bestuur deel uit van het managementteam?',
      en: 'Is the ICT officer of your local government a member of the management team?',
    },
    required: false,
    options: [
      yesOption,
      noOption,
      {
        key: 'noButCanAddToAgenda',
        label: {
          nl: 'Neen, maar de ICT-verantwoordelijke kan wel autonoom aandachtspunten met betrekking tot ICT agenderen op het managementteam.',
          en: 'No, but the ICT officer can put ICT matters on the management team’s agenda on their own initiative.',
        },
      },
    ],
    source: { where: 'Bijlage 3, vraag 6' },
  },
];
