/** Risk scoring: score = likelihood × impact on a 5 × 5 matrix, and the level each score falls in. */

/** The steps of the likelihood and impact scales, 1 (lowest) to 5 (highest). */
export const SCALE_STEPS = [1, 2, 3, 4, 5] as const;

export type ScaleStep = (typeof SCALE_STEPS)[number];

/** Risk levels from lowest to highest, shown as laag, middel, hoog and kritiek. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** The lowest score of each level. A score belongs to the highest level whose minimum it reaches. */
export const LEVEL_MINIMUM_SCORES: readonly { level: RiskLevel; minScore: number }[] = [
  { level: 'low', minScore: 1 },
  { level: 'medium', minScore: 5 },
  { level: 'high', minScore: 10 },
  { level: 'critical', minScore: 17 },
];

/** Returns the highest score of a level, for the legend beside the matrix. */
export function maxScoreOf(level: RiskLevel): number {
  const index = LEVEL_MINIMUM_SCORES.findIndex((entry) => entry.level === level);
  const next = LEVEL_MINIMUM_SCORES[index + 1];
  return next ? next.minScore - 1 : 25;
}

/** Checks that a value is a whole step of the 1–5 scale. */
export function isScaleStep(value: number): value is ScaleStep {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Multiplies likelihood and impact, and throws a RangeError for values outside the 1–5 scale. */
export function riskScore(likelihood: number, impact: number): number {
  if (!isScaleStep(likelihood) || !isScaleStep(impact)) {
    throw new RangeError(
      `[riskScore] likelihood and impact must be whole numbers from 1 to 5, got ${likelihood} and ${impact}`,
    );
  }
  return likelihood * impact;
}

/** Returns the level of a score from 1 to 25. */
export function levelOfScore(score: number): RiskLevel {
  let level: RiskLevel = 'low';
  for (const entry of LEVEL_MINIMUM_SCORES) {
    if (score >= entry.minScore) level = entry.level;
  }
  return level;
}

/** Scores a risk and gives its level. */
export function assessRisk(
  likelihood: number,
  impact: number,
): { score: number; level: RiskLevel } {
  const score = riskScore(likelihood, impact);
  return { score, level: levelOfScore(score) };
}

/** One cell of the matrix that the UI shows: impact across, likelihood down. */
export interface MatrixCell {
  likelihood: ScaleStep;
  impact: ScaleStep;
  score: number;
  level: RiskLevel;
}

/** Builds the 5 × 5 matrix with the highest likelihood in the first row, as risk matrices are drawn. */
export function riskMatrix(): MatrixCell[][] {
  const likelihoodsHighFirst = [...SCALE_STEPS].reverse();
  return likelihoodsHighFirst.map((likelihood) =>
    SCALE_STEPS.map((impact) => ({ likelihood, impact, ...assessRisk(likelihood, impact) })),
  );
}

/** Scores stored values that may be out of range, returning undefined when they cannot be scored. */
export function tryAssessRisk(
  likelihood: number,
  impact: number,
): { score: number; level: RiskLevel } | undefined {
  if (!isScaleStep(likelihood) || !isScaleStep(impact)) return undefined;
  return assessRisk(likelihood, impact);
}

/** The score a view shows: before controls (inherent) or after them (residual). */
export type RiskView = 'inherent' | 'residual';

/** The scored parts of a risk, before and after controls; the residual pair may be absent. */
export interface ScoredRisk {
  likelihood: number;
  impact: number;
  residualLikelihood?: number;
  residualImpact?: number;
}

/** Returns likelihood and impact for a view; the residual view is undefined until it is scored. */
export function scaleOf(
  risk: ScoredRisk,
  view: RiskView,
): { likelihood: number; impact: number } | undefined {
  if (view === 'inherent') return { likelihood: risk.likelihood, impact: risk.impact };
  if (risk.residualLikelihood === undefined || risk.residualImpact === undefined) return undefined;
  return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
}

/** Scores a risk before or after controls, undefined when that pair is missing or out of range. */
export function assessView(
  risk: ScoredRisk,
  view: RiskView,
): { score: number; level: RiskLevel } | undefined {
  const pair = scaleOf(risk, view);
  return pair && tryAssessRisk(pair.likelihood, pair.impact);
}

/** Scores the risk as it stands now: after controls when scored, before controls otherwise. */
export function currentAssessment(
  risk: ScoredRisk,
): { score: number; level: RiskLevel } | undefined {
  return assessView(risk, 'residual') ?? assessView(risk, 'inherent');
}
