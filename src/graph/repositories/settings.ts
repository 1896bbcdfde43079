/** The action plan's settings: one item in the list "Risicoradar instellingen". */
import type { PlanSettings } from '../../domain/model';
import { checkDate, readText, type EntityMapper } from './fields';
import { ListRepository } from './listRepository';

/** ClientKey of the plan settings item. */
export const PLAN_SETTINGS_KEY = 'plan';

/** Maps the plan settings. */
export const settingsMapper: EntityMapper<PlanSettings> = {
  list: 'settings',
  columns: ['TargetDate', 'PlannerPlanId', 'ActiveRoundKey'],
  validate: (settings) => checkDate(settings.targetDate, 'targetDate'),
  toFields: (settings) => ({
    Title: 'Actieplan',
    TargetDate: settings.targetDate ?? '',
    PlannerPlanId: settings.plannerPlanId ?? '',
    ActiveRoundKey: settings.activeRoundKey ?? '',
  }),
  fromFields: (fields) => ({
    targetDate: readText(fields, 'TargetDate'),
    plannerPlanId: readText(fields, 'PlannerPlanId'),
    activeRoundKey: readText(fields, 'ActiveRoundKey'),
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
