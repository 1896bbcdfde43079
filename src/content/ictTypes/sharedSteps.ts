/**
 * Steps that chapter 3 prints for several types with the same or nearly the same words.
 *
 * The suggested MoSCoW classes are our own reasoning. Steps that set up the risk analysis, its owners
 * or the inventory of what is used are Must, because the other steps build on them. Documenting,
 * agreeing and keeping up to date are Should. Looking around and exploring options are Could.
 */
import type { StepEntry } from './step';

const gapAnalysisEnd =
  'De antwoorden die uw lokaal bestuur gaf op de risicomaturiteit zijn een goede start voor een dergelijke risicoanalyse. Stel deze risicoanalyse op in overleg met vertegenwoordigers van de ICT-functie en de ruimere organisatie';

const gapAnalysisEndEn =
  'The answers your local government gave on risk maturity are a good start for such a risk analysis. Draw up this risk analysis in consultation with representatives of the ICT function and the wider organisation';

/** Block 3, step 1, first branch; the report words it slightly differently per type. */
export function riskAnalysisFirstBranch(nl: string, en: string): StepEntry {
  return { number: 1, alternative: 'a', moscow: 'must', nl, en };
}

/** Block 3, step 1, first branch as printed for types 3, 4 and 5; type 2 differs only in its example. */
export function riskAnalysisWithExistingControls(exampleNl: string, exampleEn: string): StepEntry {
  // The report prints "(kloofanalyse." without its closing bracket here; the text keeps that.
  return riskAnalysisFirstBranch(
    `Stel een risicoanalyse op waarbij de ICT-risico’s gerelateerd aan het intern beheer geïdentificeerd worden en de bestaande beheersmaatregelen. Ga na of de bestaande beheersmaatregelen voldoende de ICT-risico’s voor het intern beheer afdekken (kloofanalyse. ${gapAnalysisEnd} ${exampleNl}.`,
    `Draw up a risk analysis that identifies the ICT risks related to internal management and the existing controls. Check whether the existing controls sufficiently cover the ICT risks of internal management (gap analysis). ${gapAnalysisEndEn} ${exampleEn}.`,
  );
}

/** Block 3, type 1's first branch, which names no existing controls and keeps its bracket. */
export const riskAnalysisTypeOne = riskAnalysisFirstBranch(
  `Stel een risicoanalyse op waarbij de ICT-risico’s gerelateerd aan het intern beheer geïdentificeerd worden. Ga na of de bestaande beheersmaatregelen voldoende de ICT-risico’s voor het intern beheer afdekken (kloofanalyse). ${gapAnalysisEnd} (bv. managementteam, leidinggevende, sleutelfiguren voor bepaalde toepassingen).`,
  `Draw up a risk analysis that identifies the ICT risks related to internal management. Check whether the existing controls sufficiently cover the ICT risks of internal management (gap analysis). ${gapAnalysisEndEn} (e.g. management team, managers, key figures for certain applications).`,
);

/** Block 3, steps 1 (second branch), 2 and 3, the same for all five types. */
export const internalControlSteps: StepEntry[] = [
  {
    number: 1,
    alternative: 'b',
    moscow: 'must',
    nl: 'Check of de bestaande risicoanalyse een breed gamma aan interne en externe risico’s dekt en dat deze lijst met risico’s voldoende actueel is. Breng een strategische dialoog met het management op gang waardoor vanuit het perspectief van kernprocessen en het dienstverleningsconcept van de organisatie wordt nagedacht over de risico’s.',
    en: 'Check whether the existing risk analysis covers a broad range of internal and external risks and whether this list of risks is sufficiently up to date. Start a strategic dialogue with management so that the risks are considered from the perspective of the core processes and the service concept of the organisation.',
  },
  {
    number: 2,
    moscow: 'must',
    nl: "Vervolgens dienen de mogelijke oorzaken geïdentificeerd te worden samen met de mogelijke impact en waarschijnlijkheid van de ICT-risico's. Dit naast het bepalen, het implementeren en het testen van de mitigerende acties zodoende ICT-continuïteit te verzekeren. Leg de risico-eigenaar(s) en de actie-eigenaar(s) vast.",
    en: 'Next, identify the possible causes together with the possible impact and likelihood of the ICT risks, besides determining, implementing and testing the mitigating actions so as to ensure ICT continuity. Record the risk owner(s) and the action owner(s).',
  },
  {
    number: 3,
    moscow: 'should',
    nl: 'Deze risicoanalyse dient periodiek geactualiseerd, aangepast, getest en gecommuniceerd te worden bij wijzigingen binnen de organisatie.',
    en: 'This risk analysis has to be updated, adjusted, tested and communicated periodically when the organisation changes.',
  },
];

const inventoryStep: StepEntry = {
  number: 1,
  moscow: 'must',
  nl: 'Breng in kaart welke hard- en software het lokaal bestuur gebruikt.',
  en: 'Map the hardware and software that the local government uses.',
};

const processStep: StepEntry = {
  number: 5,
  moscow: 'should',
  nl: 'Documenteer en actualiseer de processen en planning en communiceer hierover met alle relevante betrokkenen.',
  en: 'Document and update the processes and planning, and communicate about them with everyone relevant.',
};

const communicationStep: StepEntry = {
  number: 6,
  moscow: 'should',
  nl: 'Bepaal duidelijke communicatielijnen en structureer het maken van afspraken. Documenteer dit.',
  en: 'Set clear lines of communication and structure how agreements are made. Document this.',
};

/** Block 4 for types 1, 2 and 3. */
export const governanceSteps: StepEntry[] = [
  inventoryStep,
  {
    number: 2,
    moscow: 'must',
    nl: 'Ga vervolgens voor elke hardware en elk softwarepakket na welke externe partner leverancier is en lijst de bijhorende contracten, licenties, onderhoudscontracten en of SLA’s op, evenals hun vervaldatum.',
    en: 'Next, check for each piece of hardware and each software package which external partner is the supplier, and list the related contracts, licences, maintenance contracts and/or SLAs, with their expiry dates.',
  },
  {
    number: 3,
    moscow: 'must',
    nl: 'Ga per hardware en per softwarepakket na welke externe partner(s) betrokken is (zijn) bij het beheer, de security en het onderhoud al dan niet in onderaanneming van de leverancier.',
    en: 'Check for each piece of hardware and each software package which external partner(s) take part in its management, security and maintenance, whether or not as subcontractors of the supplier.',
  },
  {
    number: 4,
    moscow: 'should',
    nl: 'Maak afspraken met de betrokken externe partner over het intern beheer, digitaliseringsprojecten, veiligheid, continuïteit, veranderingsaanpak, kwaliteit en relatiebeheer van de externe partner(s) of externe leveranciers;',
    en: 'Make agreements with the external partner involved on internal management, digitalisation projects, security, continuity, change approach, quality and relationship management of the external partner(s) or external suppliers.',
  },
  processStep,
  communicationStep,
];

/** Block 4 for types 4 and 5, which the report prints with slightly different words in steps 2–4. */
export const governanceStepsLater: StepEntry[] = [
  inventoryStep,
  {
    number: 2,
    moscow: 'must',
    nl: 'Ga vervolgens voor elke hardware en elk softwarepakket na welke externe partner leverancier is en lijst de bijhorende contracten, licenties, onderhoudscontracten en of SLA’s op, evenals hun vervaldatum',
    en: 'Next, check for each piece of hardware and each software package which external partner is the supplier, and list the related contracts, licences, maintenance contracts and/or SLAs, with their expiry dates.',
  },
  {
    number: 3,
    moscow: 'must',
    nl: 'Ga per hardware en per softwarepakket na welke externe partners betrokken is het beheer, security en onderhoud al dan niet in onderaanneming van de leverancier.',
    en: 'Check for each piece of hardware and each software package which external partners take part in its management, security and maintenance, whether or not as subcontractors of the supplier.',
  },
  {
    number: 4,
    moscow: 'should',
    nl: 'Maak afspraken met de betrokken externe partner over intern beheer, digitaliseringsprojecten, veiligheid, continuïteit, veranderingsaanpak, kwaliteit en relatiebeheer van de externe partner(s) of externe leveranciers;',
    en: 'Make agreements with the external partner involved on internal management, digitalisation projects, security, continuity, change approach, quality and relationship management of the external partner(s) or external suppliers.',
  },
  processStep,
  communicationStep,
];

const expectationsStep: StepEntry = {
  number: 3,
  moscow: 'should',
  nl: 'Bepaal welke verwachtingen er zijn ten aanzien van degene die de verantwoordelijkheid voor een risico of een beheersmaatregel opneemt.',
  en: 'Decide what is expected of whoever takes responsibility for a risk or a control.',
};

/** Block 5 for types 1, 3, 4 and 5. */
export const coordinationSteps: StepEntry[] = [
  {
    number: 1,
    moscow: 'must',
    nl: 'Bepaal wie binnen het lokaal bestuur de coördinatie zal opnemen tussen de interne medewerkers en de externe partners.',
    en: 'Decide who within the local government will coordinate between the internal staff and the external partners.',
  },
  {
    number: 2,
    moscow: 'should',
    nl: 'Bespreek zowel met de interne medewerkers als met de externe partners de ICT-visie/-strategie van het lokaal bestuur en de resultaten van de risicoanalyse.',
    en: 'Discuss the local government’s ICT vision/strategy and the results of the risk analysis with both the internal staff and the external partners.',
  },
  expectationsStep,
  {
    number: 4,
    moscow: 'must',
    nl: 'Bepaal per risico en bijhorende beheersmaatregel(en) of de verantwoordelijkheid voor de opvolging en uitvoering intern of extern ligt.',
    en: 'Decide for each risk and its control(s) whether the responsibility for follow-up and execution lies inside or outside the organisation.',
  },
  {
    number: 5,
    moscow: 'must',
    nl: 'Bepaal per risico en bijhorende beheersmaatregel(en) wie effectief de verantwoordelijkheid voor de opvolging en uitvoering opneemt.',
    en: 'Decide for each risk and its control(s) who actually takes responsibility for follow-up and execution.',
  },
  {
    number: 6,
    moscow: 'should',
    nl: 'Documenteer deze afspraken.',
    en: 'Document these agreements.',
  },
];

/** Block 5, step 3, which type 2 shares with the other types. */
export const coordinationExpectationsStep = expectationsStep;
