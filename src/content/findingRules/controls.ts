/** Finding rules for part VI: the 20 measures and the follow-up of the information security audits. */
import { startingControls } from '../measures';
import type { FindingRule, StartingControl } from '../model';

function weakMeasureRule(control: StartingControl): FindingRule {
  return {
    id: `q16-${control.key}-weak`,
    buildingBlocks: control.buildingBlocks,
    domains: control.domains,
    condition: {
      kind: 'gridRowIn',
      questionId: 'q16',
      row: control.key,
      columns: ['limited', 'notAtAll'],
    },
    finding: {
      nl: `Hooguit in beperkte mate ingevoerd: ${control.label.nl}`,
      en: `Implemented to a limited extent at most: ${control.label.en}`,
    },
    reason: {
      nl: 'Het rapport legde deze maatregel voor als een courante beheersmaatregel. Waar die ontbreekt, blijven de risico’s van de gekoppelde domeinen open.',
      en: 'The report presented this measure as a common control. Where it is missing, the risks of the linked domains stay open.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 3; bijlage 3, vraag 16' },
  };
}

/** Rules on questions 16 and 17. */
export const controlRules: readonly FindingRule[] = [
  ...startingControls.map(weakMeasureRule),
  {
    id: 'q16-measures-not-assessed',
    buildingBlocks: ['b2', 'b3'],
    domains: [],
    condition: { kind: 'gridAnyRowIn', questionId: 'q16', columns: ['unknown'] },
    finding: {
      nl: 'Van een of meer maatregelen van vraag 16 weten jullie niet of ze ingevoerd zijn.',
      en: 'For one or more measures of question 16 you do not know whether they are implemented.',
    },
    reason: {
      nl: 'Wie niet weet of een maatregel werkt, kan niet beoordelen of de bestaande beheersmaatregelen volstaan.',
      en: 'Without knowing whether a measure works, nobody can judge whether the existing controls are adequate.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 3; bijlage 3, vraag 16' },
  },
  {
    id: 'q17-no-security-action',
    buildingBlocks: ['b3'],
    domains: ['d7', 'd8'],
    condition: { kind: 'choiceIn', questionId: 'q17', oneOf: ['no'] },
    finding: {
      nl: 'Er is nog geen actie ondernomen op de vaststellingen over informatieveiligheid.',
      en: 'No action has been taken yet on the findings on information security.',
    },
    reason: {
      nl: 'Audit Vlaanderen stelde in 2018 en 2020 vast dat informatieveiligheid dringend meer werk vroeg.',
      en: 'Audit Vlaanderen found in 2018 and 2020 that information security urgently needed more work.',
    },
    source: { where: 'Bijlage 3 en 4, vraag 17' },
    comparison: { kind: 'answers', questionId: 'q17', better: ['yes'] },
  },
];
