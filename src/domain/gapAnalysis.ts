/**
 * Kloofanalyse: which risks lack an effective control, and which controls cover no risk.
 *
 * A control counts as effective from "Ja, gedeeltelijk" (partly) up. "In beperkte mate" (limited)
 * and "Neen, helemaal niet" (notAtAll) are weak. "Geen idee" (unknown), or no level at all, is
 * unassessed: it proves nothing, so it never closes a gap, but it is reported apart from weak.
 */
import type { Control, Risk } from './model';

/** How far a control's level lets it lower a risk. */
export type ControlStrength = 'effective' | 'weak' | 'unassessed';

/** The reason a risk is in the gap view. */
export type RiskGapKind = 'uncovered' | 'weakOnly' | 'unassessed';

/** A risk without an effective control, with the controls it does have. */
export interface RiskGap {
  risk: Risk;
  kind: RiskGapKind;
  controls: Control[];
}

/** The gap view of a register. */
export interface GapAnalysis {
  riskGaps: RiskGap[];
  /** Controls linked to no risk that is still in the register. */
  idleControls: Control[];
  /** Risks left out because they are closed or accepted, so no control is expected. */
  skippedRisks: Risk[];
  /** Risks with at least one effective control. */
  coveredRisks: Risk[];
}

const EFFECTIVE_LEVELS: ReadonlySet<string> = new Set(['goodPractice', 'largely', 'partly']);
const WEAK_LEVELS: ReadonlySet<string> = new Set(['limited', 'notAtAll']);

/** Classifies a question 16 level key; an absent or unknown level is unassessed. */
export function controlStrength(level: string | undefined): ControlStrength {
  if (level && EFFECTIVE_LEVELS.has(level)) return 'effective';
  if (level && WEAK_LEVELS.has(level)) return 'weak';
  return 'unassessed';
}

function gapKind(controls: readonly Control[]): RiskGapKind | undefined {
  if (controls.length === 0) return 'uncovered';
  const strengths = controls.map((control) => controlStrength(control.level));
  if (strengths.includes('effective')) return undefined;
  return strengths.includes('unassessed') ? 'unassessed' : 'weakOnly';
}

function isSkipped(risk: Risk): boolean {
  return risk.status === 'closed' || risk.status === 'accepted';
}

/** Computes the gap view. A link to a key that is no longer in the register is ignored. */
export function analyseGaps(risks: readonly Risk[], controls: readonly Control[]): GapAnalysis {
  const riskKeys = new Set(risks.map((risk) => risk.key));
  const result: GapAnalysis = {
    riskGaps: [],
    idleControls: [],
    skippedRisks: [],
    coveredRisks: [],
  };

  for (const risk of risks) {
    if (isSkipped(risk)) {
      result.skippedRisks.push(risk);
      continue;
    }
    const linked = controls.filter((control) => control.riskKeys.includes(risk.key));
    const kind = gapKind(linked);
    if (kind) result.riskGaps.push({ risk, kind, controls: linked });
    else result.coveredRisks.push(risk);
  }

  result.idleControls = controls.filter(
    (control) => !control.riskKeys.some((key) => riskKeys.has(key)),
  );
  return result;
}
