/** The action plan's settings: one item in the list "Risicoradar instellingen". */
import type { IctTypeId, RiskDomainId } from '../../content/model';
import type { LevelLabels, PlanSettings } from '../../domain/model';
import type { StepState, StepStates } from '../../domain/typeProgress';
import { checkDate, readText, type EntityMapper, type Fields } from './fields';
import { readJson, readOptionalObject } from './governanceFields';
import { ListRepository } from './listRepository';

/** ClientKey of the plan settings item. */
export const PLAN_SETTINGS_KEY = 'plan';

const ICT_TYPE_ID = /^t[1-5]$/;

/** Reads the comma-separated type ids, dropping any the content does not know. */
function readIctTypes(fields: Fields): IctTypeId[] | undefined {
  const stored = readText(fields, 'IctTypes');
  if (stored === undefined) return undefined;
  return stored.split(',').filter((id): id is IctTypeId => ICT_TYPE_ID.test(id));
}

function isStepState(value: unknown): value is StepState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    typeof state.done === 'boolean' &&
    (state.actionKey === undefined || typeof state.actionKey === 'string') &&
    (state.choice === undefined || typeof state.choice === 'string')
  );
}

/** Reads the step states; a value that is not valid JSON of the expected shape is dropped. */
function readStepStates(fields: Fields): StepStates | undefined {
  const stored = readText(fields, 'StepStates');
  if (stored === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    return Object.fromEntries(Object.entries(parsed).filter(([, state]) => isStepState(state)));
  } catch (error) {
    console.error('[graph] settings: the column StepStates is not valid JSON, ignored', error);
    return undefined;
  }
}

/** Writes only states that record something, so the column stays small. */
function writeStepStates(states: StepStates | undefined): string {
  const recorded = Object.entries(states ?? {}).filter(
    ([, state]) => state.done || state.actionKey || state.choice,
  );
  return recorded.length === 0 ? '' : JSON.stringify(Object.fromEntries(recorded));
}

const RISK_DOMAIN_ID = /^d(?:[1-9]|1[0-3])$/;

function isDomainList(value: unknown): value is RiskDomainId[] {
  return (
    Array.isArray(value) && value.every((id) => typeof id === 'string' && RISK_DOMAIN_ID.test(id))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes a JSON column; an empty value clears it, so unused settings take no space. */
function writeOptionalJson(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value) && value.length === 0) return '';
  if (isObject(value) && Object.keys(value).length === 0) return '';
  return JSON.stringify(value);
}

/** Reads the register's settings: top domains, review cycles and renamed scale labels. */
function readRiskSettings(fields: Fields): Partial<PlanSettings> {
  const read: Partial<PlanSettings> = {
    topDomains: readJson<RiskDomainId[] | undefined>(fields, 'TopDomains', isDomainList, undefined),
    reviewCycleDays: readOptionalObject<PlanSettings['reviewCycleDays']>(fields, 'ReviewCycleDays'),
    levelLabels: readOptionalObject<LevelLabels>(fields, 'LevelLabels'),
  };
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined));
}

/** Maps the plan settings. */
export const settingsMapper: EntityMapper<PlanSettings> = {
  list: 'settings',
  columns: [
    'TargetDate',
    'PlannerPlanId',
    'ActiveRoundKey',
    'IctTypes',
    'StepStates',
    'TopDomains',
    'ReviewCycleDays',
    'LevelLabels',
  ],
  validate: (settings) => checkDate(settings.targetDate, 'targetDate'),
  toFields: (settings) => ({
    Title: 'Actieplan',
    TargetDate: settings.targetDate ?? '',
    PlannerPlanId: settings.plannerPlanId ?? '',
    ActiveRoundKey: settings.activeRoundKey ?? '',
    IctTypes: (settings.ictTypes ?? []).join(','),
    StepStates: writeStepStates(settings.stepStates),
    TopDomains: writeOptionalJson(settings.topDomains),
    ReviewCycleDays: writeOptionalJson(settings.reviewCycleDays),
    LevelLabels: writeOptionalJson(settings.levelLabels),
  }),
  fromFields: (fields) => ({
    targetDate: readText(fields, 'TargetDate'),
    plannerPlanId: readText(fields, 'PlannerPlanId'),
    activeRoundKey: readText(fields, 'ActiveRoundKey'),
    ictTypes: readIctTypes(fields),
    stepStates: readStepStates(fields),
    ...readRiskSettings(fields),
  }),
};

/** Reads and writes the one settings record of a team. */
export class SettingsRepository {
  constructor(private readonly items: ListRepository<PlanSettings>) {}

  /** Returns the settings, or undefined before they were first saved. */
  get(): Promise<PlanSettings | undefined> {
    return this.items.findByKey(PLAN_SETTINGS_KEY);
  }

  /** Creates or updates the settings, with If-Match on the ETag they were read with. */
  async save(settings: PlanSettings): Promise<PlanSettings> {
    const record = { ...settings, key: PLAN_SETTINGS_KEY };
    if (record.id) return this.items.update(record);
    const existing = await this.get();
    if (!existing) return this.items.create(record);
    return this.items.update({ ...record, id: existing.id, etag: existing.etag });
  }
}
