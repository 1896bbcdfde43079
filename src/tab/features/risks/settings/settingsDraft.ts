/** The settings form as text fields: built from the stored settings, checked, and written back. */
import type { LevelLabels, PlanSettings } from '../../../../domain/model';
import { DEFAULT_REVIEW_CYCLES, reviewCycles } from '../../../../domain/reviewDates';
import { SCALE_STEPS, type RiskLevel, type ScaleStep } from '../../../../domain/riskScore';
import type { MessageParams } from '../../../i18n/messages';
import type { SettingsMessageKey } from './messages';

/** Minimum and maximum review period in days. The maximum is three years. */
export const CYCLE_DAYS = { min: 1, max: 1095 } as const;

/** Maximum characters in one label, so names fit the register's columns and the heat map. */
export const LABEL_MAX_LENGTH = 60;

/** The levels from most to least severe, the order the form shows them in. */
export const LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** The label groups the bestuur can rename. */
export type LabelGroup = keyof Required<LevelLabels>;

/** The form's values as typed, one text per field. */
export interface SettingsDraft {
  cycles: Record<RiskLevel, string>;
  likelihood: Record<ScaleStep, string>;
  impact: Record<ScaleStep, string>;
  level: Record<RiskLevel, string>;
}

/** The catalogue's labels, which the form shows as defaults. */
export type DefaultLabels = Pick<SettingsDraft, LabelGroup>;

/** A field of the form: the review cycle of a level, or one label of a group. */
export type FieldId = `cycles.${RiskLevel}` | `${LabelGroup}.${ScaleStep | RiskLevel}`;

/** A validation message for one field, as a catalogue key with its parameters. */
export interface FieldError {
  key: SettingsMessageKey;
  params?: MessageParams;
}

function mapSteps(read: (step: ScaleStep) => string): Record<ScaleStep, string> {
  return Object.fromEntries(SCALE_STEPS.map((step) => [step, read(step)])) as Record<
    ScaleStep,
    string
  >;
}

function mapLevels(read: (level: RiskLevel) => string): Record<RiskLevel, string> {
  return Object.fromEntries(LEVELS.map((level) => [level, read(level)])) as Record<
    RiskLevel,
    string
  >;
}

/** Builds the form from the stored settings; a label never renamed shows the default. */
export function draftFromSettings(
  settings: PlanSettings | undefined,
  defaults: DefaultLabels,
): SettingsDraft {
  const cycles = reviewCycles(settings?.reviewCycleDays);
  const labels = settings?.levelLabels;
  return {
    cycles: mapLevels((level) => String(cycles[level])),
    likelihood: mapSteps((step) => labels?.likelihood?.[step]?.trim() || defaults.likelihood[step]),
    impact: mapSteps((step) => labels?.impact?.[step]?.trim() || defaults.impact[step]),
    level: mapLevels((level) => labels?.level?.[level]?.trim() || defaults.level[level]),
  };
}

/** Checks a review period: whole days within CYCLE_DAYS. */
export function checkCycle(text: string): FieldError | undefined {
  const trimmed = text.trim();
  const days = Number(trimmed);
  const valid = /^\d+$/.test(trimmed) && days >= CYCLE_DAYS.min && days <= CYCLE_DAYS.max;
  return valid ? undefined : { key: 'daysInvalid', params: { ...CYCLE_DAYS } };
}

/** Checks a label: not empty and at most LABEL_MAX_LENGTH characters, emoji counted as one. */
export function checkLabel(text: string): FieldError | undefined {
  const length = [...text.trim()].length;
  if (length === 0) return { key: 'labelEmpty' };
  if (length > LABEL_MAX_LENGTH) {
    return { key: 'labelTooLong', params: { max: LABEL_MAX_LENGTH, length } };
  }
  return undefined;
}

/** Returns the message of every invalid field; an empty object means the form can be saved. */
export function validateDraft(draft: SettingsDraft): Partial<Record<FieldId, FieldError>> {
  const errors: Partial<Record<FieldId, FieldError>> = {};
  for (const level of LEVELS) {
    const error = checkCycle(draft.cycles[level]);
    if (error) errors[`cycles.${level}`] = error;
  }
  for (const group of ['likelihood', 'impact', 'level'] as const) {
    for (const [name, text] of Object.entries(draft[group])) {
      const error = checkLabel(text);
      if (error) errors[`${group}.${name}` as FieldId] = error;
    }
  }
  return errors;
}

/** Keeps the entries that differ from the default, so a restored default is stored as none. */
function departures<K extends string>(
  values: Record<K, string>,
  defaults: Record<K, string>,
): Partial<Record<K, string>> | undefined {
  const kept = Object.entries<string>(values)
    .map(([name, text]) => [name, text.trim()] as const)
    .filter(([name, text]) => text !== defaults[name as K]);
  return kept.length === 0 ? undefined : (Object.fromEntries(kept) as Partial<Record<K, string>>);
}

function cycleDepartures(draft: SettingsDraft): PlanSettings['reviewCycleDays'] {
  const kept = LEVELS.map((level) => [level, Number(draft.cycles[level].trim())] as const).filter(
    ([level, days]) => days !== DEFAULT_REVIEW_CYCLES[level],
  );
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

/** Writes a valid form over the settings read, keeping every other setting as it was. */
export function settingsFromDraft(
  base: PlanSettings,
  draft: SettingsDraft,
  defaults: DefaultLabels,
): PlanSettings {
  const likelihood = departures(draft.likelihood, defaults.likelihood);
  const impact = departures(draft.impact, defaults.impact);
  const level = departures(draft.level, defaults.level);
  const renamed = likelihood || impact || level;
  return {
    ...base,
    reviewCycleDays: cycleDepartures(draft),
    levelLabels: renamed ? { likelihood, impact, level } : undefined,
  };
}
