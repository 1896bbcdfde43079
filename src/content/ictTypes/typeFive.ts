/** Type 5 of chapter 3: an ICT function that outsources all execution and coordinates the externals. */
import type { IctType } from '../model';
import { stepwiseIntro } from './intros';
import {
  coordinationSteps,
  governanceStepsLater,
  internalControlSteps,
  riskAnalysisWithExistingControls,
} from './sharedSteps';
import { stepsFor } from './step';

/** Type 5 with its steps per building block. */
export const typeFive: IctType = {
  id: 't5',
  number: 5,
  label: { nl: 'ICT-functie als regisseur', en: 'ICT function as coordinator of external parties' },
  description:
    'Ons lokaal bestuur heeft er bewust voor gekozen om alle uitvoerende taken (helpdesk, onderhoud computers en netwerk- en serverbeheer) uit te besteden aan externen. Occasioneel zal onze ICT-functie nog wel een (beperkte) helpdeskfunctie opnemen. Voor digitaliseringsprojecten doen we vooral een beroep op externe projectleiders. De ICT-functie zorgt als een regisseur dat alle taken en projecten door de externen volgens de afspraken worden uitgevoerd en neemt dus vooral een coördinerende rol op.',
  descriptionEn:
    'Our local government has deliberately chosen to outsource all operational tasks (helpdesk, maintenance of computers, and network and server management) to external parties. Occasionally our ICT function will still take up a (limited) helpdesk role. For digitalisation projects we mainly call on external project leaders. Like a director, the ICT function makes sure the external parties carry out all tasks and projects as agreed, so its role is mainly one of coordination.',
  blockIntros: { b3: stepwiseIntro },
  steps: [
    ...stepsFor('t5', 'b1', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Ga in dialoog met de externen die u ondersteunen: bevraag de huidige toestand en belangrijke evoluties die van belang zijn voor het lokaal bestuur, maak een kloofanalyse, breng in kaart welke noden er concreet zijn en wie kan het bestuur kan helpen bij toekomstige ontwikkelingen (bvb intergemeentelijk samenwerkingsverband, kenniscentrum, een ander bestuur privé onderneming, …)',
        en: 'Enter into dialogue with the external parties that support you: ask about the current state and important developments that matter to the local government, make a gap analysis, map the concrete needs and who can help the local government with future developments (e.g. an intermunicipal partnership, a knowledge centre, another local government, a private company, …)',
      },
      {
        number: 2,
        moscow: 'should',
        nl: 'Breng de noden van uw gebruikers periodiek in kaart',
        en: 'Map the needs of your users periodically',
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Toets af of deze noden nog passen in de huidige ICT-visie/strategie',
        en: 'Check whether these needs still fit the current ICT vision/strategy',
      },
      {
        number: 4,
        moscow: 'should',
        nl: 'Documenteer en actualiseer de ICT-visie/strategie periodiek',
        en: 'Document and update the ICT vision/strategy periodically',
      },
    ]),
    ...stepsFor('t5', 'b2', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Check risicotransfer naar externen of deze risico’s allemaal beheerst zijn en of er geen risico’s zijn waarvoor niemand de verantwoordelijkheid opneemt. (bvb wie doet patchmanagement van welke software, wie onderhoudt welke firewall, server, ….; wie neemt welke rol op bij het bedrijfscontinuïteitsmanagement)',
        en: 'For the risks transferred to external parties, check whether they are all controlled and whether there are risks for which nobody takes responsibility (e.g. who does patch management of which software, who maintains which firewall or server, …; who takes which role in business continuity management).',
      },
    ]),
    ...stepsFor('t5', 'b3', [
      riskAnalysisWithExistingControls(
        '(bv. managementteam, leidinggevende sleutelfiguren voor bepaalde toepassingen)',
        '(e.g. management team, managers and key figures for certain applications)',
      ),
      ...internalControlSteps,
    ]),
    ...stepsFor('t5', 'b4', governanceStepsLater),
    ...stepsFor('t5', 'b5', coordinationSteps),
  ],
  source: { where: 'Hoofdstuk 3, type 5' },
};
