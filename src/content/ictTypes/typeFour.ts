/** Type 4 of chapter 3: an ICT function steered by daily requests, without a plan beforehand. */
import type { IctType } from '../model';
import { stepwiseIntro } from './intros';
import {
  coordinationSteps,
  governanceStepsLater,
  internalControlSteps,
  riskAnalysisWithExistingControls,
} from './sharedSteps';
import { stepsFor } from './step';

/** Type 4 with its steps per building block. */
export const typeFour: IctType = {
  id: 't4',
  number: 4,
  label: { nl: 'ICT-functie op vraag van de dag', en: 'ICT function driven by daily requests' },
  description:
    'Onze ICT-functie doet van alles, meestal achter de schermen. Vooral de dagdagelijkse noden en vragen geven sturing aan wat de ICT-functie doet of niet doet. Er is geen duidelijke voorafgaande planning en er wordt ook weinig projectmatig gewerkt aan digitaliseringsprojecten. In de ICT-functie is er wel technische ICT-kennis aanwezig, maar voor digitaliseringsprojecten doen we beroep op externen of zal een andere interne dienst de trekkersrol opnemen.',
  descriptionEn:
    'Our ICT function does all sorts of things, mostly behind the scenes. Mainly the day-to-day needs and questions steer what the ICT function does or does not do. There is no clear planning beforehand, and little project-based work on digitalisation projects. The ICT function does have technical ICT knowledge, but for digitalisation projects we call on external parties or another internal department takes the lead.',
  blockIntros: { b3: stepwiseIntro },
  steps: [
    ...stepsFor('t4', 'b1', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Maak bewust tijd de volgende maanden om na te denken over de werking van de ICT-functie en ga op zoek naar een klankbord bij besturen. Kies bewust voor besturen waar de ICT-functie op een andere manier wordt ingevuld dan in de eigen organisatie.',
        en: 'Make time on purpose in the coming months to think about how the ICT function works, and look for a sounding board among other local governments. Deliberately choose local governments whose ICT function is organised differently from your own.',
      },
      {
        number: 2,
        moscow: 'must',
        nl: 'Ga op basis van de inzichten de dialoog aan met het managementteam over de evolutie van de ICT-functie in de organisatie',
        en: 'Based on the insights, enter into dialogue with the management team about how the ICT function in the organisation should evolve',
      },
      {
        number: 3,
        moscow: 'must',
        nl: 'Maak samen keuzes en prioritiseer de acties die de ICT-functie op korte en middellange termijn zal opnemen',
        en: 'Make choices together and prioritise the actions the ICT function will take up in the short and medium term',
      },
    ]),
    ...stepsFor('t4', 'b2', [
      {
        number: 1,
        moscow: 'must',
        nl: 'Bekijk wie (intern of extern) een risicoanalyse kan opmaken;',
        en: 'Look at who (internal or external) can draw up a risk analysis;',
      },
      {
        number: 2,
        moscow: 'must',
        nl: 'Betrek bij de opmaak van de minstens de DPO, medewerker(s) organisatiebeheersing en het managementteam',
        en: 'Involve at least the DPO, the internal control officer(s) and the management team in drawing it up',
      },
      {
        number: 3,
        moscow: 'should',
        nl: 'Heb aandacht voor een degelijke risicoanalyse die ook rekening houdt met toekomstige ontwikkelingen en met de noden van de organisatie op het vlak van digitalisering',
        en: 'Pay attention to a sound risk analysis that also takes future developments and the organisation’s needs for digitalisation into account',
      },
      {
        number: 4,
        moscow: 'should',
        nl: 'Volg de opmaak van de risicoanalyse actief op',
        en: 'Actively follow up on how the risk analysis is drawn up',
      },
    ]),
    ...stepsFor('t4', 'b3', [
      riskAnalysisWithExistingControls(
        '(bv. managementteam, leidinggevende sleutelfiguren voor bepaalde toepassingen)',
        '(e.g. management team, managers and key figures for certain applications)',
      ),
      ...internalControlSteps,
    ]),
    ...stepsFor('t4', 'b4', governanceStepsLater),
    ...stepsFor('t4', 'b5', coordinationSteps),
  ],
  source: { where: 'Hoofdstuk 3, type 4' },
};
