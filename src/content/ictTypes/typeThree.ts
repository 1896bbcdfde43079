/** Type 3 of chapter 3: a project-driven ICT function that also leads digitalisation. */
import type { IctType } from '../model';
import { jointGovernanceIntro, stepwiseIntro } from './intros';
import {
  coordinationSteps,
  governanceSteps,
  internalControlSteps,
  riskAnalysisWithExistingControls,
} from './sharedSteps';
import { stepsFor } from './step';

/** Type 3 with its steps per building block. */
export const typeThree: IctType = {
  id: 't3',
  number: 3,
  label: { nl: 'Projectmatige ICT-functie', en: 'Project-driven ICT function' },
  description:
    'Onze ICT-functie werkt projectmatig en trekt ook onze digitaliseringsprojecten. De ICT-functie speelt een centrale rol bij de verdere uitbouw van de digitalisering. Daarnaast zorgt de ICT-functie er ook voor dat alle computers werken en de ICT-functie beheert het netwerk en de servers. Binnen de ICT-functie combineren we dus technische ICT-kennis met expertise op het vlak van digitalisering door de inzet van onze eigen medewerkers eventueel in samenwerking met externen.',
  descriptionEn:
    'Our ICT function works in projects and also leads our digitalisation projects. The ICT function plays a central role in further building out digitalisation. It also makes sure all computers work, and it manages the network and the servers. Within the ICT function we therefore combine technical ICT knowledge with expertise in digitalisation, through our own staff, possibly together with external parties.',
  blockIntros: { b3: stepwiseIntro, b4: jointGovernanceIntro },
  steps: [
    ...stepsFor('t3', 'b1', [
      {
        number: 1,
        moscow: 'should',
        nl: 'Breng de noden van uw gebruikers periodiek in kaart.',
        en: 'Map the needs of your users periodically.',
      },
      {
        number: 2,
        moscow: 'should',
        nl: 'Toets af of deze noden nog passen in de huidige ICT-visie/strategie en bespreek dit op managementniveau.',
        en: 'Check whether these needs still fit the current ICT vision/strategy, and discuss this at management level.',
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Documenteer en actualiseer de ict-visie/strategie periodiek.',
        en: 'Document and update the ICT vision/strategy periodically.',
      },
    ]),
    ...stepsFor('t3', 'b2', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Documenteer de risicoanalyse.',
        en: 'Document the risk analysis.',
      },
      {
        number: 2,
        moscow: 'should',
        nl: 'Actualiseer periodiek de risicoanalyse.',
        en: 'Update the risk analysis periodically.',
      },
    ]),
    ...stepsFor('t3', 'b3', [
      riskAnalysisWithExistingControls(
        '(bv. managementteam, leidinggevende sleutelfiguren voor bepaalde toepassingen)',
        '(e.g. management team, managers and key figures for certain applications)',
      ),
      ...internalControlSteps,
    ]),
    ...stepsFor('t3', 'b4', governanceSteps),
    ...stepsFor('t3', 'b5', coordinationSteps),
  ],
  source: { where: 'Hoofdstuk 3, type 3' },
};
