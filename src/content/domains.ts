/** The 13 ICT risk domains of questions 14 and 15, with question 15's wording as the canonical name. */
import type { RiskDomain, RiskDomainId } from './model';

/** The 13 risk domains in the report's order. */
export const riskDomains: readonly RiskDomain[] = [
  {
    id: 'd1',
    number: 1,
    name: {
      nl: 'Strategisch ICT-beheer (ICT-governance)',
      en: 'Strategic ICT management (ICT governance)',
    },
    q14Name: {
      nl: 'Strategisch ICT-beheer (ICT-governance)',
      en: 'Strategic ICT management (ICT governance)',
    },
  },
  {
    id: 'd2',
    number: 2,
    // Question 15 prints "ICTdienst" (a lost hyphen); its chart in bijlage 4 reads "ICT-dienst".
    name: {
      nl: 'Inrichting van de ICT-dienst en/of ICT-functie(s) (ICT-organisatie)',
      en: 'Set-up of the ICT department and/or ICT function(s) (ICT organisation)',
    },
    q14Name: {
      nl: 'Inrichting van de ICT-functie en/of ICT-functie(s) (ICT-organisatie)',
      en: 'Set-up of the ICT function and/or ICT function(s) (ICT organisation)',
    },
  },
  {
    id: 'd3',
    number: 3,
    name: {
      nl: 'Afspraken met betrekking tot het digitaal werken binnen de organisatie (bv. opslag bestanden, communicatiekanalen, ...)',
      en: 'Agreements on working digitally within the organisation (e.g. file storage, communication channels, ...)',
    },
    q14Name: {
      nl: 'Afspraken met betrekking tot het digitaal werken binnen de organisatie (bv. opslag bestanden, communicatiekanalen, ...)',
      en: 'Agreements on working digitally within the organisation (e.g. file storage, communication channels, ...)',
    },
  },
  {
    id: 'd4',
    number: 4,
    name: {
      nl: 'Richtlijnen en afspraken in de organisatie/gedrag van gebruikers/gebruik van internet en mobiele apparatuur',
      en: 'Guidelines and agreements in the organisation/user behaviour/use of the internet and mobile devices',
    },
    q14Name: {
      nl: 'Richtlijnen en afspraken in de organisatie/gedrag van gebruikers/gebruik van internet en mobiele apparatuur',
      en: 'Guidelines and agreements in the organisation/user behaviour/use of the internet and mobile devices',
    },
  },
  {
    id: 'd5',
    number: 5,
    name: {
      nl: 'ICT-kennis van gebruikers op het vlak van digitaal werken',
      en: "Users' ICT knowledge of working digitally",
    },
    q14Name: {
      nl: 'ICT-kennis op het vlak van digitaal werken',
      en: 'ICT knowledge of working digitally',
    },
  },
  {
    id: 'd6',
    number: 6,
    name: {
      nl: 'Samenwerking met leveranciers en providers',
      en: 'Cooperation with suppliers and providers',
    },
    q14Name: {
      nl: 'Samenwerking met leveranciers en providers',
      en: 'Cooperation with suppliers and providers',
    },
  },
  {
    id: 'd7',
    number: 7,
    name: {
      nl: 'Informatieveiligheid en databeheer',
      en: 'Information security and data management',
    },
    q14Name: {
      nl: 'Informatieveiligheid en databeheer',
      en: 'Information security and data management',
    },
  },
  {
    id: 'd8',
    number: 8,
    name: { nl: 'Cyberveiligheid', en: 'Cybersecurity' },
    q14Name: { nl: 'Cyberveiligheid', en: 'Cybersecurity' },
  },
  {
    id: 'd9',
    number: 9,
    name: {
      nl: 'Fysieke beveiliging van de technische infrastructuur',
      en: 'Physical security of the technical infrastructure',
    },
    q14Name: {
      nl: 'Fysieke beveiliging van de technische infrastructuur',
      en: 'Physical security of the technical infrastructure',
    },
  },
  {
    id: 'd10',
    number: 10,
    name: {
      nl: 'Toegangsbeheer (tot netwerk en applicaties)',
      en: 'Access management (to network and applications)',
    },
    q14Name: {
      nl: 'Toegangsbeheer (tot netwerk en applicaties)',
      en: 'Access management (to network and applications)',
    },
  },
  {
    id: 'd11',
    number: 11,
    name: {
      nl: 'Beheer van autorisaties en rechtenbeheer',
      en: 'Management of authorisations and rights',
    },
    q14Name: {
      nl: 'Beheer van autorisaties en rechtenbeheer',
      en: 'Management of authorisations and rights',
    },
  },
  {
    id: 'd12',
    number: 12,
    name: {
      nl: 'Continuïteit, incidentenbeheer en noodprocedures',
      en: 'Continuity, incident management and emergency procedures',
    },
    q14Name: {
      nl: 'Continuïteit, incidentenbeheer en noodprocedures',
      en: 'Continuity, incident management and emergency procedures',
    },
  },
  {
    id: 'd13',
    number: 13,
    name: {
      nl: 'Applicatielandschap, interfaces (zogenaamde enterprise architectuur)',
      en: 'Application landscape, interfaces (so-called enterprise architecture)',
    },
    q14Name: {
      nl: 'Applicatielandschap, interfaces (zogenaamde enterprise architectuur)',
      en: 'Application landscape, interfaces (so-called enterprise architecture)',
    },
  },
];

/** Looks up a risk domain by id; every id of `RiskDomainId` is present. */
export function riskDomainById(id: RiskDomainId): RiskDomain {
  const domain = riskDomains.find((candidate) => candidate.id === id);
  if (!domain) throw new Error(`Unknown risk domain id: ${id}`);
  return domain;
}
