/** The non-exhaustive risk catalogue of bijlage 6, grouped by its headings, each risk mapped to a domain. */
import type { CatalogueRisk, LocalizedText, RiskDomainId } from './model';

type Entry = [id: string, nl: string, en: string, domain: RiskDomainId];

function group(heading: LocalizedText, entries: Entry[]): CatalogueRisk[] {
  return entries.map(([id, nl, en, domain]) => ({
    id: `cat-${id}`,
    group: heading,
    title: { nl, en },
    domain,
    source: { where: 'Bijlage 6, niet-limitatieve lijst van mogelijke ICT-risico’s' },
  }));
}

/** The catalogue in the report's order; the domain mapping is ours. */
export const riskCatalogue: readonly CatalogueRisk[] = [
  ...group(
    {
      nl: 'Risico’s mbt het niet beschikken over een duidelijke ICT-visie/strategie op korte en langere termijn',
      en: 'Risks of not having a clear ICT vision/strategy in the short and longer term',
    },
    [
      ['strategy-as-is', 'as is situatie', 'as-is situation', 'd1'],
      [
        'strategy-to-be',
        'to be situatie en/of gewijzigde situatie',
        'to-be and/or changed situation',
        'd1',
      ],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt technologische aspecten van cyberveiligheid (cybersecurity)',
      en: 'Risks of the technological aspects of cybersecurity',
    },
    [
      ['cyber-technical', 'technisch', 'technical', 'd8'],
      ['cyber-access', 'toegangsbeheer', 'access management', 'd10'],
      [
        'cyber-awareness',
        'bewustzijn gebruikers (ook informatieveiligheid)',
        'user awareness (information security too)',
        'd5',
      ],
    ],
  ),
  ...group(
    { nl: 'Overige risico’s mbt informatieveiligheid', en: 'Other risks of information security' },
    [
      [
        'infosec-personal-data',
        'persoonsgegevens (Algemene Verordening Gegevensbescherming)',
        'personal data (General Data Protection Regulation)',
        'd7',
      ],
      ['infosec-sensitive-data', 'gevoelige gegevens', 'sensitive data', 'd7'],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt ICT-infrastructuur, hardware en software',
      en: 'Risks of ICT infrastructure, hardware and software',
    },
    [
      ['infra-performance', 'performantie', 'performance', 'd13'],
      ['infra-compatibility', 'compatibiliteit', 'compatibility', 'd13'],
      ['infra-assets', 'beheer ICT-middelen', 'management of ICT assets', 'd9'],
      ['infra-continuity', 'duurzaamheid en continuïteit', 'durability and continuity', 'd12'],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt samenwerking met externen (ruimer dan AVG en verwerkingsovereenkomst)',
      en: 'Risks of cooperation with external parties (broader than the GDPR and the processing agreement)',
    },
    [
      [
        'external-expectations',
        'Wederzijdse verwachtingen, assumpties en afspraken.',
        'Mutual expectations, assumptions and agreements.',
        'd6',
      ],
      [
        'external-support',
        'Opvolging (incl. contractbeheer) van ICT-ondersteuning uitgevoerd door externen.',
        'Follow-up (incl. contract management) of ICT support carried out by external parties.',
        'd6',
      ],
      [
        'external-suppliers',
        'Opvolging (incl. contractbeheer) van ICT-leveranciers waarmee men een onderhoudscontract en/of SLA heeft afgesloten.',
        'Follow-up (incl. contract management) of ICT suppliers with whom a maintenance contract and/or SLA was concluded.',
        'd6',
      ],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt rollen en verantwoordelijkheden',
      en: 'Risks of roles and responsibilities',
    },
    [
      ['roles-internal-external', 'intern versus extern', 'internal versus external', 'd2'],
      ['roles-competences', 'competenties', 'competences', 'd2'],
      [
        'roles-management-team',
        'positionering ten opzichte van het managementteam',
        'position relative to the management team',
        'd1',
      ],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt infrastructuur- en architectuurkeuzes, technologische keuzes of vendor lock-in',
      en: 'Risks of infrastructure and architecture choices, technology choices or vendor lock-in',
    },
    [
      ['choices-short-term', 'op korte termijn', 'in the short term', 'd13'],
      ['choices-long-term', 'op langere termijn', 'in the longer term', 'd13'],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt de monitoring van de ICT-werking',
      en: 'Risks of monitoring the ICT operation',
    },
    [
      ['monitoring-performance', 'performantie', 'performance', 'd1'],
      ['monitoring-costs', 'kosten', 'costs', 'd1'],
      ['monitoring-planning', 'planning', 'planning', 'd1'],
    ],
  ),
  ...group(
    {
      nl: 'Risico’s mbt de ondersteuning van de werking en dienstverlening',
      en: 'Risks of supporting the operation and services',
    },
    [
      [
        'support-usability',
        'Afstemming op de werking en gebruiksvriendelijkheid.',
        'Fit with the operation, and ease of use.',
        'd3',
      ],
      ['support-integration', 'Geïntegreerd of koppelbaar.', 'Integrated or connectable.', 'd13'],
    ],
  ),
];
