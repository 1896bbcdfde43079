/** The five building blocks of chapter 2: what each requires, and the risks each controls. */
import type { BuildingBlock, BuildingBlockId, CatalogueRisk, RiskDomainId } from './model';

type RiskEntry = [nl: string, en: string, domain: RiskDomainId];

function controlledRisks(number: number, entries: RiskEntry[]): CatalogueRisk[] {
  return entries.map(([nl, en, domain], index) => ({
    id: `b${number}-risk-${index + 1}`,
    group: { nl: `Bouwsteen ${number}`, en: `Building block ${number}` },
    title: { nl, en },
    domain,
    source: {
      where: `Hoofdstuk 2, bouwsteen ${number}, risico's die hiermee kunnen worden beheerst`,
    },
  }));
}

/** The five building blocks in the report's order; the summaries are ours, the risks the report's. */
export const buildingBlocks: readonly BuildingBlock[] = [
  {
    id: 'b1',
    number: 1,
    title: {
      nl: 'ICT-visie/-strategie van het lokaal bestuur',
      en: 'ICT vision/strategy of the local government',
    },
    summary: {
      nl: 'Een schriftelijke ICT-visie die past bij de doelstellingen van het meerjarenplan, concreet genoeg is om acties uit af te leiden, met management en gebruikers is opgesteld, door het management is gevalideerd, regelmatig wordt bijgewerkt en aan alle betrokkenen is meegedeeld.',
      en: 'A written ICT vision that fits the objectives of the multi-year plan, is concrete enough to derive actions from, was drawn up with management and users, is validated by management, is updated regularly and is communicated to everyone involved.',
    },
    controlledRisks: controlledRisks(1, [
      [
        'Het lokaal bestuur slaagt er niet in haar doelstellingen te realiseren omdat ze geen duidelijk ICT-visie/strategie heeft en hierdoor niet de juiste keuzes maakt, inefficiënte investeringen in ICT doet en keuzes maakt voor niet-robuuste en/of incompatibele ICT-toepassingen.',
        'The local government fails to achieve its objectives because it has no clear ICT vision/strategy, and therefore does not make the right choices, invests inefficiently in ICT and chooses ICT applications that are not robust and/or incompatible.',
        'd1',
      ],
    ]),
    source: { where: 'Hoofdstuk 2, bouwsteen 1' },
  },
  {
    id: 'b2',
    number: 2,
    title: { nl: 'Risicoanalyse', en: 'Risk analysis' },
    summary: {
      nl: 'Een risicoanalyse op maat die interne en externe risico’s voor de doelstellingen afweegt, en naast informatieveiligheid ook de continuïteit van de dienstverlening en het aansturen van leveranciers en externe ICT-ondersteuning dekt.',
      en: 'A tailored risk analysis that weighs internal and external risks to the objectives, and covers not only information security but also continuity of services and the steering of suppliers and external ICT support.',
    },
    controlledRisks: controlledRisks(2, [
      [
        'Het lokaal bestuur heeft geen of onvoldoende zicht op alle ICT-risico’s die in de organisatie aanwezig zijn en kan hierdoor onvoldoende beheersmaatregelen implementeren om deze risico’s te beheersen.',
        'The local government has no or too little view of all the ICT risks present in the organisation, and so cannot implement enough controls to manage them.',
        'd1',
      ],
      [
        'Het lokaal bestuur heeft geen of onvoldoende zicht op de ICT-risico’s bij aanpassing of vernieuwing aan het hard- en software gebeuren of wanneer het beheer ervan wordt overgedragen aan externen (risicotransfer), waardoor geen of onvoldoende beheersmaatregelen geïmplementeerd worden.',
        'The local government has no or too little view of the ICT risks when hardware and software are changed or renewed, or when their management is handed over to external parties (risk transfer), so no or too few controls are implemented.',
        'd6',
      ],
      [
        'Het lokaal bestuur heeft geen of onvoldoende zicht op de ICT-risico’s gekoppeld aan de wijze waarop de ICT-functie (intern en of extern) ingevuld worden, waardoor ze onvoldoende beheersmaatregelen kan implementeren.',
        'The local government has no or too little view of the ICT risks tied to how the ICT function is staffed (internally and/or externally), so it cannot implement enough controls.',
        'd2',
      ],
    ]),
    source: { where: 'Hoofdstuk 2, bouwsteen 2' },
  },
  {
    id: 'b3',
    number: 3,
    title: { nl: 'Interne beheersmaatregelen', en: 'Internal controls' },
    summary: {
      nl: 'Eigen maatregelen die de veilige toegang tot informatie en de continuïteit van de dienstverlening vrijwaren: risico’s tijdig opmerken, kiezen welke risico’s aanvaard worden, preventieve maatregelen nemen, en vastleggen wie wat doet bij een incident en wat eerst weer moet opstarten.',
      en: 'Own measures that protect secure access to information and the continuity of services: noticing risks in time, choosing which risks are accepted, taking preventive measures, and setting down who does what in an incident and what must restart first.',
    },
    controlledRisks: controlledRisks(3, [
      [
        'Het lokaal bestuur heeft onvoldoende zicht op de ICT-risico’s gekoppeld aan het intern beheer waardoor ze voor de bestaande beheersmaatregelen niet kan beoordelen of deze adequaat zijn.',
        'The local government has too little view of the ICT risks tied to internal management, so it cannot judge whether the existing controls are adequate.',
        'd1',
      ],
      [
        'Het lokaal bestuur heeft onvoldoende zicht op de ICT-risico’s gekoppeld aan het intern beheer waardoor ze de continuïteit van de ICT-dienstverlening aan de gebruikers niet kan verzekeren.',
        'The local government has too little view of the ICT risks tied to internal management, so it cannot ensure the continuity of ICT services to the users.',
        'd12',
      ],
      [
        'Risico’s en acties om deze risico’s te beheersen worden niet of onvoldoende aangepakt omdat er geen duidelijke risico-eigenaar en actie-eigenaar is aangeduid.',
        'Risks, and actions to control them, are not or not sufficiently dealt with because no clear risk owner and action owner has been appointed.',
        'd1',
      ],
    ]),
    source: { where: 'Hoofdstuk 2, bouwsteen 3' },
  },
  {
    id: 'b4',
    number: 4,
    title: { nl: 'De ICT-governancestructuur', en: 'The ICT governance structure' },
    summary: {
      nl: 'Een structuur waarin projectbeheer, planning, processen, rollen en verantwoordelijkheden voor ICT vastliggen: een vaste band tussen de ICT-functie en het managementteam, gedocumenteerde en bijgehouden processen en planning, vaste afspraken over communicatie, en stuurgroepen voor digitaliseringsprojecten.',
      en: 'A structure that sets out project management, planning, processes, roles and responsibilities for ICT: a standing link between the ICT function and the management team, documented and maintained processes and planning, fixed agreements on communication, and steering groups for digitalisation projects.',
    },
    controlledRisks: controlledRisks(4, [
      [
        'Beslissingen voor ICT worden op een inefficiënte manier genomen binnen de organisatie',
        'Decisions on ICT are made inefficiently within the organisation',
        'd1',
      ],
      [
        'Er worden verkeerde keuzes voor de verdere ontwikkeling van het ICT-gebeuren',
        'Wrong choices are made for the further development of ICT',
        'd1',
      ],
      [
        'De informatie-uitwisseling tussen betrokkenen is onvoldoende waardoor het ICT-beheer niet adequaat of inefficiënt verloopt.',
        'The exchange of information between those involved is insufficient, so ICT management is inadequate or inefficient.',
        'd2',
      ],
    ]),
    source: { where: 'Hoofdstuk 2, bouwsteen 4' },
  },
  {
    id: 'b5',
    number: 5,
    title: {
      nl: 'Coördinatie tussen de interne ICT-functie en de externe ICT-ondersteuning en externe leveranciers',
      en: 'Coordination between the internal ICT function and external ICT support and suppliers',
    },
    summary: {
      nl: 'Voor elk risico en elke actie een benoemde risico-eigenaar en actie-eigenaar, ook waar een externe partij meewerkt, zodat niets onbeheerd blijft: samen met de partners de risico’s in kaart brengen, maatregelen vastleggen in contracten of SLA’s, het ICT-landschap en de contracten en licenties bijhouden, en afspraken maken over data, veiligheid, continuïteit en kwaliteit.',
      en: 'For every risk and every action a named risk owner and action owner, also where an external party takes part, so nothing is left unmanaged: mapping the risks with the partners, setting measures down in contracts or SLAs, keeping the ICT landscape, contracts and licences up to date, and agreeing on data, security, continuity and quality.',
    },
    controlledRisks: controlledRisks(5, [
      [
        'Het lokaal bestuur heeft geen of weinig zicht hoe de externen de ICT-functie invullen en kan onvoldoende adequaat reageren bij problemen.',
        'The local government has no or little view of how the external parties perform the ICT function, and cannot respond adequately when problems arise.',
        'd6',
      ],
      [
        'Bepaalde verantwoordelijkheden werden niet duidelijk toegewezen waardoor de opvolging van de werkzaamheden bemoeilijkt wordt en er niemand verantwoordelijk is voor de opvolging van een bepaald risico of een bepaalde actie.',
        'Some responsibilities were not clearly assigned, so following up the work becomes harder and nobody is responsible for following up a given risk or action.',
        'd6',
      ],
    ]),
    source: { where: 'Hoofdstuk 2, bouwsteen 5' },
  },
];

/** Looks up a building block by id; every id of `BuildingBlockId` is present. */
export function buildingBlockById(id: BuildingBlockId): BuildingBlock {
  const block = buildingBlocks.find((candidate) => candidate.id === id);
  if (!block) throw new Error(`Unknown building block id: ${id}`);
  return block;
}
