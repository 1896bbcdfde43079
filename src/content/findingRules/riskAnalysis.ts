/** Finding rules for part V: the risk analysis and the domains it covers (questions 12–15). */
import { riskDomains } from '../domains';
import type { AnswerCondition, FindingRule, RiskDomain } from '../model';

const hadRiskAnalysis: AnswerCondition = {
  kind: 'choiceIn',
  questionId: 'q12',
  oneOf: ['yes', 'partly'],
};

const analysisRules: FindingRule[] = [
  {
    id: 'q12-no-risk-analysis',
    buildingBlocks: ['b2'],
    domains: [],
    condition: { kind: 'choiceIn', questionId: 'q12', oneOf: ['no'] },
    finding: {
      nl: 'Er is de voorbije drie jaar geen ICT-risicoanalyse uitgevoerd.',
      en: 'No ICT risk analysis was carried out in the past three years.',
    },
    reason: {
      nl: 'Zonder een actuele risicoanalyse heeft het bestuur geen zicht op zijn ICT-risico’s en kan het er geen passende maatregelen tegenover zetten.',
      en: 'Without a current risk analysis, the local government has no view of its ICT risks and cannot put fitting controls against them.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 6, randvoorwaarden; bijlage 4, vraag 12' },
    comparison: { kind: 'answers', questionId: 'q12', better: ['yes', 'partly'] },
  },
  {
    id: 'q12-partial-risk-analysis',
    buildingBlocks: ['b2'],
    domains: [],
    condition: { kind: 'choiceIn', questionId: 'q12', oneOf: ['partly'] },
    finding: {
      nl: 'De risicoanalyse van de voorbije drie jaar dekt maar een deel van de ICT-risico’s.',
      en: 'The risk analysis of the past three years covers only part of the ICT risks.',
    },
    reason: {
      nl: 'Het rapport vraagt een analyse die naast informatieveiligheid ook continuïteit en het aansturen van externen dekt.',
      en: 'The report asks for an analysis that covers continuity and the steering of external parties as well as information security.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 4, vraag 12' },
    comparison: { kind: 'answers', questionId: 'q12', better: ['yes'] },
  },
  {
    id: 'q13-no-internal-control-findings',
    buildingBlocks: ['b2'],
    domains: ['d1'],
    condition: {
      kind: 'all',
      conditions: [
        hadRiskAnalysis,
        { kind: 'notTicked', questionId: 'q13', option: 'internalControlSelfAssessment' },
      ],
    },
    finding: {
      nl: 'De risicoanalyse nam de zelfevaluatie van organisatiebeheersing niet mee.',
      en: 'The risk analysis did not take in the self-assessment for internal control.',
    },
    reason: {
      nl: 'Een risicoanalyse op maat kijkt breder dan informatieveiligheid, naar alles wat de doelstellingen van de organisatie kan raken.',
      en: 'A tailored risk analysis looks beyond information security, at everything that can affect the organisation’s objectives.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 4, vraag 13' },
  },
  {
    id: 'q13-no-project-risks',
    buildingBlocks: ['b2'],
    domains: ['d13'],
    condition: {
      kind: 'all',
      conditions: [
        hadRiskAnalysis,
        { kind: 'notTicked', questionId: 'q13', option: 'projectRisks' },
      ],
    },
    finding: {
      nl: 'De risicoanalyse nam de risico’s van (grote) digitaliseringsprojecten niet mee.',
      en: 'The risk analysis did not take in the risks of (large) digitalisation projects.',
    },
    reason: {
      nl: 'Vernieuwing van hard- en software en overdracht aan externen brengen nieuwe risico’s mee, die de analyse moet zien.',
      en: 'Renewing hardware and software and handing work to external parties bring new risks, which the analysis has to see.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 4, vraag 13' },
  },
];

function notIdentifiedRule(domain: RiskDomain): FindingRule {
  return {
    id: `q14-${domain.id}-not-identified`,
    buildingBlocks: ['b2'],
    domains: [domain.id],
    condition: { kind: 'notTicked', questionId: 'q14', option: domain.id },
    finding: {
      nl: `De risico’s van domein ${domain.number} (${domain.name.nl}) zijn niet geïdentificeerd.`,
      en: `The risks of domain ${domain.number} (${domain.name.en}) have not been identified.`,
    },
    reason: {
      nl: 'Wat niet geïdentificeerd is, kan niet beheerst worden. Neem dit domein op in de risicoanalyse.',
      en: 'What has not been identified cannot be controlled. Take this domain into the risk analysis.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 2; bijlage 4, vraag 14' },
    comparison: { kind: 'answers', questionId: 'q14', better: [domain.id] },
  };
}

function notControlledRule(domain: RiskDomain): FindingRule {
  return {
    id: `q15-${domain.id}-not-controlled`,
    buildingBlocks: ['b3'],
    domains: [domain.id],
    condition: { kind: 'gridRowIn', questionId: 'q15', row: domain.id, columns: ['notControlled'] },
    finding: {
      nl: `De risico’s van domein ${domain.number} (${domain.name.nl}) zijn volgens jullie onvoldoende onder controle.`,
      en: `In your own judgement, the risks of domain ${domain.number} (${domain.name.en}) are not sufficiently under control.`,
    },
    reason: {
      nl: 'Een domein dat niet onder controle is, vraagt eerst beheersmaatregelen met een eigenaar en een termijn.',
      en: 'A domain that is not under control first needs controls with an owner and a deadline.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 3; bijlage 4, vraag 15' },
    comparison: {
      kind: 'answers',
      questionId: 'q15',
      row: domain.id,
      better: ['covered', 'majorWorkPoints'],
    },
  };
}

function workPointsRule(domain: RiskDomain): FindingRule {
  return {
    id: `q15-${domain.id}-major-work-points`,
    buildingBlocks: ['b3'],
    domains: [domain.id],
    condition: {
      kind: 'gridRowIn',
      questionId: 'q15',
      row: domain.id,
      columns: ['majorWorkPoints'],
    },
    finding: {
      nl: `Domein ${domain.number} (${domain.name.nl}) heeft volgens jullie nog belangrijke werkpunten.`,
      en: `In your own judgement, domain ${domain.number} (${domain.name.en}) still has important points to work on.`,
    },
    reason: {
      nl: 'Werkpunten worden pas opgelost als ze als acties met een eigenaar in het actieplan staan.',
      en: 'Points to work on only get solved once they are actions with an owner in the action plan.',
    },
    source: { where: 'Hoofdstuk 2, bouwsteen 3; bijlage 4, vraag 15' },
    comparison: { kind: 'answers', questionId: 'q15', row: domain.id, better: ['covered'] },
  };
}

/** Rules on questions 12–15; questions 14 and 15 get one rule per domain and judgement. */
export const riskAnalysisRules: readonly FindingRule[] = [
  ...analysisRules,
  ...riskDomains.map(notIdentifiedRule),
  ...riskDomains.map(notControlledRule),
  ...riskDomains.map(workPointsRule),
];
