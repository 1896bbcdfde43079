/** Turns the 20 measures of question 16 and the round's answers into controls, once per measure. */
import { startingControls } from '../../../content/measures';
import type { Answer, Control } from '../../../domain/model';

/** Returns the client key of a measure's control, fixed per measure so a repeated create finds the first. */
export function measureControlKey(measureKey: string): string {
  return `measure-${measureKey}`;
}

/**
 * Reads the level per measure key from question 16. A measure left open counts as 'unknown',
 * because the question's help text states that no choice means the answer is not known.
 */
export function measureLevels(answers: readonly Answer[]): Map<string, string> {
  const levels = new Map<string, string>(
    startingControls.map((measure) => [measure.key, 'unknown']),
  );
  for (const answer of answers) {
    if (answer.questionId !== 'q16' || answer.value.kind !== 'grid') continue;
    if (levels.has(answer.value.row)) levels.set(answer.value.row, answer.value.column);
  }
  return levels;
}

/** The writes of a takeover: controls to create, and controls whose level changes. */
export interface MeasureTakeover {
  create: Control[];
  update: Control[];
}

/**
 * Plans the takeover. A measure without a control gets one, titled in Dutch because all members
 * share the list. A control that exists keeps its links and responsibility, and only its level
 * follows the round's choice.
 */
export function planTakeover(
  answers: readonly Answer[],
  existing: readonly Control[],
): MeasureTakeover {
  const levels = measureLevels(answers);
  const byKey = new Map(existing.map((control) => [control.key, control]));
  const plan: MeasureTakeover = { create: [], update: [] };
  for (const measure of startingControls) {
    const level = levels.get(measure.key);
    const current = byKey.get(measureControlKey(measure.key));
    if (!current) {
      plan.create.push({
        key: measureControlKey(measure.key),
        title: measure.label.nl,
        description: '',
        measureKey: measure.key,
        level,
        domains: [...measure.domains],
        riskKeys: [],
      });
    } else if (current.level !== level) {
      plan.update.push({ ...current, level });
    }
  }
  return plan;
}
