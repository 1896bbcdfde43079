/** Type 1 of chapter 3: an operational ICT function that keeps computers, network and servers running. */
import type { IctType } from '../model';
import { stepwiseIntro } from './intros';
import {
  coordinationSteps,
  governanceSteps,
  internalControlSteps,
  riskAnalysisTypeOne,
} from './sharedSteps';
import { stepsFor } from './step';

/** Type 1 with its steps per building block. */
export const typeOne: IctType = {
  id: 't1',
  number: 1,
  label: { nl: 'Uitvoerende ICT-functie', en: 'Operational ICT function' },
  description:
    'De ICT-functie in ons lokaal bestuur is een uitvoerende functie die zorgt dat alle computers werken en die ook het netwerk en de servers beheert. Onze ICT-functie is niet actief betrokken bij digitaliseringsprojecten. De medewerkers die de ICT-functie uitvoeren, hebben vooral veel technische ICT-expertise.',
  descriptionEn:
    'The ICT function in our local government is an operational function that makes sure all computers work and that also manages the network and the servers. Our ICT function is not actively involved in digitalisation projects. The staff who carry out the ICT function mainly have a lot of technical ICT expertise.',
  blockIntros: { b3: stepwiseIntro },
  steps: [
    ...stepsFor('t1', 'b1', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Breng de gebruikersnoden in kaart.',
        en: 'Map the users’ needs.',
      },
      {
        number: 2,
        moscow: 'must',
        nl: 'Overleg met het managementteam over de ambities met betrekking tot digitalisering van de dienstverlening en de interne processen.',
        en: 'Consult the management team on the ambitions for digitalising the services and the internal processes.',
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Spreek af met de stakeholders wat van de ICT-functie verwacht wordt.',
        en: 'Agree with the stakeholders on what is expected of the ICT function.',
      },
      {
        number: 4,
        moscow: 'must',
        nl: 'Kom samen tot een prioritering van de acties die genomen moeten worden op het vlak van ICT.',
        en: 'Together, arrive at priorities for the actions to be taken on ICT.',
      },
    ]),
    ...stepsFor('t1', 'b2', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Documenteer samen met het management en sleutelgebruikers alle risico’s en zorg dat er een procedure uitgewerkt wordt om dit overzicht actueel te houden.',
        en: 'Document all risks together with management and key users, and make sure a procedure is worked out to keep this overview up to date.',
      },
      {
        number: 2,
        moscow: 'must',
        nl: 'Besteed bijzondere aandacht aan:',
        en: 'Pay special attention to:',
        details: [
          {
            nl: 'toegang tot en fysieke beveiliging van infrastructuur;',
            en: 'access to and physical security of infrastructure;',
          },
          { nl: 'back-ups moeten in orde zijn;', en: 'back-ups have to be in order;' },
          { nl: 'patchmanagement;', en: 'patch management;' },
          { nl: 'netwerksegregatie en -segmentatie;', en: 'network segregation and segmentation;' },
          {
            nl: 'documentatie van de architectuur en een overzicht van het applicatielandschap.',
            en: 'documentation of the architecture and an overview of the application landscape.',
          },
        ],
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Besteed bijzondere aandacht aan de manier waarop u zicht krijgt op de risico’s die zich voordoen langs de gebruikerskant (door toegang tot informatie via laptops en mobiele toestellen).',
        en: 'Pay special attention to how you gain a view of the risks that arise on the users’ side (through access to information via laptops and mobile devices).',
      },
    ]),
    ...stepsFor('t1', 'b3', [riskAnalysisTypeOne, ...internalControlSteps]),
    ...stepsFor('t1', 'b4', governanceSteps),
    ...stepsFor('t1', 'b5', coordinationSteps),
  ],
  source: { where: 'Hoofdstuk 3, type 1' },
};
