/** Type 2 of chapter 3: no ICT function of its own, everything done by external parties. */
import type { IctType } from '../model';
import { jointGovernanceIntro, stepwiseIntro } from './intros';
import {
  coordinationExpectationsStep,
  governanceSteps,
  internalControlSteps,
  riskAnalysisWithExistingControls,
} from './sharedSteps';
import { stepsFor } from './step';

/** Type 2 with its steps per building block. */
export const typeTwo: IctType = {
  id: 't2',
  number: 2,
  label: { nl: 'Geen eigen ICT-functie', en: 'No ICT function of its own' },
  description:
    'Ons lokaal bestuur heeft geen ICT-functie. Voor het installeren en het beheren van de computers, het netwerk en de servers doen we beroep op externen. Ook voor digitalisering van de processen zijn we afhankelijk van externen. Er is weinig coördinatie van de werkzaamheden die de externen uitvoeren.',
  descriptionEn:
    'Our local government has no ICT function. We call on external parties to install and manage the computers, the network and the servers. For digitalising the processes we also depend on external parties. There is little coordination of the work the external parties carry out.',
  blockIntros: { b3: stepwiseIntro, b4: jointGovernanceIntro },
  steps: [
    ...stepsFor('t2', 'b1', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Ga in dialoog met de externen die ICT-ondersteuning bieden: bevraag de huidige toestand en belangrijke evoluties die van belang zijn voor het bestuur, maak een kloofanalyse, breng in kaart welke noden er concreet zijn en wie het bestuur kan helpen bij toekomstige ontwikkelingen (bvb intergemeentelijk samenwerkingsverband, kenniscentrum, een ander bestuur privé onderneming, …).',
        en: 'Enter into dialogue with the external parties that provide ICT support: ask about the current state and important developments that matter to the local government, make a gap analysis, map the concrete needs and who can help the local government with future developments (e.g. an intermunicipal partnership, a knowledge centre, another local government, a private company, …).',
      },
      {
        number: 2,
        moscow: 'could',
        nl: 'Ga in dialoog met andere lokale besturen en bekijk hoe zij de ICT-functie invullen en hun ICT-visie/strategie vormgeven.',
        en: 'Enter into dialogue with other local governments and look at how they organise the ICT function and shape their ICT vision/strategy.',
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Vertaal dit naar de eigen situatie in uw lokaal bestuur en lijst alternatieve toekomstscenario’s op.',
        en: 'Translate this to the situation of your own local government and list alternative future scenarios.',
      },
      {
        number: 4,
        moscow: 'must',
        nl: 'Betrek het managementteam bij het maken van keuzes en het uitwerken van een eigen ICT-visie/strategie.',
        en: 'Involve the management team in making choices and working out an ICT vision/strategy of its own.',
      },
    ]),
    ...stepsFor('t2', 'b2', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Iemand anders dan de externe ICT-ondersteuning (bv. DPO of medewerker organisatiebeheersing) coördineert de opmaak van de risicoanalyse',
        en: 'Someone other than the external ICT support (e.g. the DPO or the internal control officer) coordinates drawing up the risk analysis',
      },
      {
        number: 2,
        moscow: 'must',
        nl: 'Hij/zij werkt hiervoor intensief samen met managementteam, de externe ICT-ondersteuning en de gebruikers om een integrale risicoanalyse op te stellen',
        en: 'He or she works closely with the management team, the external ICT support and the users to draw up an integral risk analysis',
      },
    ]),
    ...stepsFor('t2', 'b3', [
      riskAnalysisWithExistingControls(
        '(bv. managementteam, sleutelgebruikers van bepaalde toepassingen)',
        '(e.g. management team, key users of certain applications)',
      ),
      ...internalControlSteps,
    ]),
    ...stepsFor('t2', 'b4', governanceSteps),
    ...stepsFor('t2', 'b5', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Bepaal wie binnen het lokaal bestuur de coördinatie intern zal opnemen ten aanzien van externe partner(s), zowel de externe ICT-ondersteuning als de externe leveranciers.',
        en: 'Decide who within the local government will take up internal coordination towards the external partner(s), both the external ICT support and the external suppliers.',
      },
      {
        number: 2,
        moscow: 'should',
        nl: 'Bespreek met de externe partner(s) de ICT-visie/-strategie van het lokaal bestuur en de resultaten van de risicoanalyse.',
        en: 'Discuss the local government’s ICT vision/strategy and the results of the risk analysis with the external partner(s).',
      },
      coordinationExpectationsStep,
      {
        number: 4,
        moscow: 'must',
        nl: 'Bepaal per risico en bijhorende beheersmaatregel(en) of de verantwoordelijkheid voor de opvolging en uitvoering intern of extern ligt. Ga na op welke manier de rollen en verantwoordelijkheden kunnen worden opgenomen in bestekken en in contracten die worden afgesloten. Vaak zal het niet mogelijk zijn bestaande overeenkomsten aan te passen. Ga dan na op welke manier in de toekomst hieraan kan gewerkt worden.',
        en: 'Decide for each risk and its control(s) whether the responsibility for follow-up and execution lies inside or outside the organisation. Check how the roles and responsibilities can be written into tender specifications and into the contracts that are concluded. Often existing agreements cannot be changed. Then check how this can be worked on in the future.',
      },
      {
        number: 5,
        moscow: 'must',
        nl: 'Documenteer de afspraken die worden gemaakt over risico-eigenaarschap. Maak een overzicht van wie verantwoordelijk is voor welke beheersmaatregelen.',
        en: 'Document the agreements made on risk ownership. Make an overview of who is responsible for which controls.',
      },
    ]),
  ],
  source: { where: 'Hoofdstuk 3, type 2' },
};
