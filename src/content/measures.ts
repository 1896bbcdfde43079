/** The 20 measures of question 16, which are also the starting controls of the risk register. */
import type { StartingControl } from './model';

const source = { where: 'Bijlage 3, vraag 16' };

/** The 20 measures in question 16's order, each with the domains and building blocks it serves. */
export const startingControls: readonly StartingControl[] = [
  {
    key: 'strategySupported',
    label: {
      nl: 'De ICT-strategie wordt gedragen/is gekend door het bestuur en de ruimere organisatie.',
      en: 'The ICT strategy is supported by/known to the council and the wider organisation.',
    },
    domains: ['d1'],
    buildingBlocks: ['b1', 'b3'],
    source,
  },
  {
    key: 'innovationFollowed',
    label: {
      nl: 'We volgen nieuwe technologische evoluties en innovatie in ICT actief op.',
      en: 'We actively follow new technological developments and innovation in ICT.',
    },
    domains: ['d1', 'd13'],
    buildingBlocks: ['b1', 'b3'],
    source,
  },
  {
    key: 'sourcingChoices',
    label: {
      nl: 'Er is een duidelijke visie en er worden bewuste en consequente keuzes gemaakt in de organisatie over wat de ICT-functie doet in eigen beheer en waarvoor de organisatie een beroep doet op de markt.',
      en: 'There is a clear vision, and the organisation makes deliberate and consistent choices about what the ICT function does in-house and what it buys from the market.',
    },
    domains: ['d1', 'd2', 'd6'],
    buildingBlocks: ['b1', 'b3', 'b5'],
    source,
  },
  {
    key: 'knowledgeTransfer',
    label: {
      nl: 'In de ICT-functie is er voldoende kennisoverdracht en er worden vervangers voorzien voor personeelsleden die een kritieke functie uitoefenen.',
      en: 'Within the ICT function there is enough knowledge transfer, and substitutes are provided for staff in a critical role.',
    },
    domains: ['d2', 'd12'],
    buildingBlocks: ['b3', 'b4'],
    source,
  },
  {
    key: 'rolesDocumented',
    label: {
      nl: 'Rollen en verantwoordelijkheden binnen de ICT-functie, alsook ICT-processen werden gedocumenteerd en zijn duidelijk voor de gehele organisatie.',
      en: 'Roles and responsibilities within the ICT function, as well as ICT processes, have been documented and are clear to the whole organisation.',
    },
    domains: ['d2'],
    buildingBlocks: ['b3', 'b4'],
    source,
  },
  {
    key: 'projectManagement',
    label: {
      nl: 'Er is een degelijk projectmanagement bij IT-projecten in onze organisatie.',
      en: 'IT projects in our organisation have sound project management.',
    },
    domains: ['d1', 'd2'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'userCooperation',
    label: {
      nl: 'Er is een goede samenwerking tussen de ICT-functie en de gebruikers bij het in kaart brengen van digitaliseringsnoden.',
      en: 'The ICT function and the users work well together in mapping the needs for digitalisation.',
    },
    domains: ['d2', 'd3'],
    buildingBlocks: ['b1', 'b3'],
    source,
  },
  {
    key: 'needsAnalysis',
    label: {
      nl: 'De ICT-functie kent de noden van de gebruikers en werkt samen met gebruikers behoefteanalyses, marktconsultaties en bestekken uit.',
      en: 'The ICT function knows the users’ needs and works out needs analyses, market consultations and tender specifications together with the users.',
    },
    domains: ['d2', 'd6'],
    buildingBlocks: ['b1', 'b3'],
    source,
  },
  {
    key: 'changeManagement',
    label: {
      nl: 'Er wordt rekening gehouden met organisatieveranderingsbeheer om digitalisering te verankeren in de organisatie. (vb. invoering digitaal vergaderen).',
      en: 'Organisational change management is taken into account to embed digitalisation in the organisation (e.g. introducing digital meetings).',
    },
    domains: ['d3', 'd5'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'externalQuality',
    label: {
      nl: 'De kwaliteit van ICT-functieverlening door externe partijen wordt opgevolgd en gerapporteerd.',
      en: 'The quality of ICT services delivered by external parties is monitored and reported on.',
    },
    domains: ['d6'],
    buildingBlocks: ['b3', 'b5'],
    source,
  },
  {
    key: 'architectureOverview',
    label: {
      nl: 'Er is een gedocumenteerd overzicht van het gehele applicatie- en infrastructuurlandschap/architectuur en netwerk van het lokaal bestuur.',
      en: 'There is a documented overview of the entire application and infrastructure landscape/architecture and network of the local government.',
    },
    domains: ['d13'],
    buildingBlocks: ['b3', 'b4'],
    source,
  },
  {
    key: 'hardwareOverview',
    label: {
      nl: "Er is een gedocumenteerd overzicht van de hardware (PC's, laptops, servers, displays, automaten,…) van het lokaal bestuur.",
      en: 'There is a documented overview of the hardware (PCs, laptops, servers, displays, machines, …) of the local government.',
    },
    domains: ['d9', 'd13'],
    buildingBlocks: ['b3', 'b4'],
    source,
  },
  {
    key: 'licenceOverview',
    label: {
      nl: 'Er is een gedocumenteerd overzicht van alle bestaande licenties met hun vervaldatum.',
      en: 'There is a documented overview of all existing licences with their expiry dates.',
    },
    domains: ['d6', 'd13'],
    buildingBlocks: ['b3', 'b4'],
    source,
  },
  {
    key: 'noShadowIt',
    label: {
      nl: 'De gebruikers maken enkel gebruik van geautoriseerde en gekende systemen bij de ICT-functie, met andere woorden er wordt geen gebruik gemaakt van schaduwsoftware.',
      en: 'Users only use systems that are authorised and known to the ICT function; in other words, no shadow software is used.',
    },
    domains: ['d4', 'd11'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'dataArchitecture',
    label: {
      nl: 'Er is een duidelijk zicht op de data architectuur/datastromen, alsook koppelingen met externe bronnen.',
      en: 'There is a clear view of the data architecture/data flows, as well as links with external sources.',
    },
    domains: ['d7', 'd13'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'continuityPlan',
    label: {
      nl: 'Er is een adequate noodplanning/bedrijfscontinuïteitsplan/disaster recovery plan aanwezig dat ook voorziet in de aanpak van een ICT-incident (vb een cyberaanval).',
      en: 'There is an adequate emergency plan/business continuity plan/disaster recovery plan that also covers how to handle an ICT incident (e.g. a cyber attack).',
    },
    domains: ['d12', 'd8'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'securityAwareness',
    label: {
      nl: 'Er is een goed bewustzijn binnen de organisatie rond informatieveiligheid en cyberveiligheid.',
      en: 'There is good awareness of information security and cybersecurity within the organisation.',
    },
    domains: ['d5', 'd7', 'd8'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'securityPolicy',
    label: {
      nl: 'Er is een gedocumenteerd informatieveiligheidsbeleid.',
      en: 'There is a documented information security policy.',
    },
    domains: ['d7'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'ictUsageRules',
    label: {
      nl: 'Er zijn in het arbeidsreglement/deontologische code richtlijnen opgenomen over het gebruik van ICT door de medewerkers.',
      en: 'The work regulations/code of conduct contain guidelines on how staff use ICT.',
    },
    domains: ['d4'],
    buildingBlocks: ['b3'],
    source,
  },
  {
    key: 'patchManagement',
    label: {
      nl: 'Er zijn goede afspraken over het actueel houden van de IT-omgeving (bv. patch management).',
      en: 'There are good agreements on keeping the IT environment up to date (e.g. patch management).',
    },
    domains: ['d8', 'd6'],
    buildingBlocks: ['b3', 'b5'],
    source,
  },
];
