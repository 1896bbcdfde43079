import { describe, expect, it } from 'vitest';

import { buildingBlocks } from '../../../src/content/buildingBlocks';
import { credit } from '../../../src/content/credit';
import { riskDomains } from '../../../src/content/domains';
import { moscowClasses } from '../../../src/content/moscow';
import { riskAnalysisConditions } from '../../../src/content/riskAnalysisConditions';
import { riskCatalogue } from '../../../src/content/riskCatalogue';

const domainIds = new Set<string>(riskDomains.map((domain) => domain.id));

describe('building blocks', () => {
  it('lists the five blocks in order', () => {
    expect(buildingBlocks.map((block) => block.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(buildingBlocks.map((block) => block.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('carries the risks each block controls', () => {
    expect(buildingBlocks.map((block) => block.controlledRisks.length)).toEqual([1, 3, 3, 3, 2]);
    expect(buildingBlocks[2]?.controlledRisks[2]?.title.nl).toBe(
      'Risico’s en acties om deze risico’s te beheersen worden niet of onvoldoende aangepakt omdat er geen duidelijke risico-eigenaar en actie-eigenaar is aangeduid.',
    );
  });

  it('maps every controlled risk to a domain', () => {
    for (const risk of buildingBlocks.flatMap((block) => block.controlledRisks)) {
      expect(domainIds.has(risk.domain), risk.id).toBe(true);
    }
  });
});

describe('moscow classes', () => {
  it('lists must, should, could and wont in order', () => {
    expect(moscowClasses.map((definition) => definition.id)).toEqual([
      'must',
      'should',
      'could',
      'wont',
    ]);
  });

  it('says a missed must have fails the plan', () => {
    expect(moscowClasses[0]?.meaning.nl).toContain('haalt het plan zijn doel niet');
  });
});

describe('risk catalogue', () => {
  it('keeps the nine headings of bijlage 6 in order', () => {
    const headings = [...new Set(riskCatalogue.map((risk) => risk.group.nl))];
    expect(headings).toHaveLength(9);
    expect(headings[0]).toBe(
      'Risico’s mbt het niet beschikken over een duidelijke ICT-visie/strategie op korte en langere termijn',
    );
    expect(headings[8]).toBe('Risico’s mbt de ondersteuning van de werking en dienstverlening');
  });

  it('holds the 24 sub-points of bijlage 6', () => {
    const counts = new Map<string, number>();
    for (const risk of riskCatalogue)
      counts.set(risk.group.nl, (counts.get(risk.group.nl) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 3, 2, 4, 3, 3, 2, 3, 2]);
  });

  it('gives every risk a unique id and a domain', () => {
    expect(new Set(riskCatalogue.map((risk) => risk.id)).size).toBe(riskCatalogue.length);
    for (const risk of riskCatalogue) expect(domainIds.has(risk.domain), risk.id).toBe(true);
  });
});

describe('risk analysis conditions', () => {
  it('lists the six conditions of bijlage 6', () => {
    expect(riskAnalysisConditions.map((condition) => condition.id)).toEqual([
      'current',
      'tailored',
      'alignedWithGoals',
      'changesProcessed',
      'documented',
      'actionPlan',
    ]);
    expect(riskAnalysisConditions[5]?.label.nl).toBe(
      'vertaald naar een concreet actieplan met prioriteiten en tijdspad',
    );
  });
});

describe('content credit', () => {
  it('credits Audit Vlaanderen in both languages', () => {
    expect(credit.nl).toContain('Audit Vlaanderen');
    expect(credit.en).toContain('Audit Vlaanderen');
  });
});
