/** The six conditions of bijlage 6 for a good ICT risk analysis, as the report words them. */
import type { RiskAnalysisCondition } from './model';

const source = { where: 'Bijlage 6, randvoorwaarden voor een goede ICT-risicoanalyse' };

/** The six conditions in the report's order. */
export const riskAnalysisConditions: readonly RiskAnalysisCondition[] = [
  {
    id: 'current',
    label: { nl: 'voldoende actueel', en: 'sufficiently up to date' },
    source,
  },
  {
    id: 'tailored',
    label: {
      nl: 'voldoende afgestemd op de reële situatie in het lokaal bestuur (op maat)',
      en: 'sufficiently aligned with the actual situation in the local government (tailored)',
    },
    source,
  },
  {
    id: 'alignedWithGoals',
    label: {
      nl: 'voldoende afgestemd op de organisatiedoelstellingen van het lokaal bestuur',
      en: 'sufficiently aligned with the organisational objectives of the local government',
    },
    source,
  },
  {
    id: 'changesProcessed',
    label: {
      nl: 'wijzigingen aan infrastructuur, architectuur, werkmethodes, invulling ICT-functie, samenwerking met externen, … worden zo snel mogelijk erin verwerkt',
      en: 'changes to infrastructure, architecture, working methods, staffing of the ICT function, cooperation with external parties, … are taken into it as soon as possible',
    },
    source,
  },
  {
    id: 'documented',
    label: { nl: 'goed gedocumenteerd', en: 'well documented' },
    source,
  },
  {
    id: 'actionPlan',
    label: {
      nl: 'vertaald naar een concreet actieplan met prioriteiten en tijdspad',
      en: 'translated into a concrete action plan with priorities and a timeline',
    },
    source,
  },
];
