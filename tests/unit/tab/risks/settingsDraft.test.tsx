import { describe, expect, it } from 'vitest';
import type { PlanSettings } from '../../../../src/domain/model';
import {
  checkCycle,
  checkLabel,
  draftFromSettings,
  settingsFromDraft,
  validateDraft,
  type DefaultLabels,
} from '../../../../src/tab/features/risks/settings/settingsDraft';

const DEFAULTS: DefaultLabels = {
  likelihood: { 1: 'K1', 2: 'K2', 3: 'K3', 4: 'K4', 5: 'K5' },
  impact: { 1: 'I1', 2: 'I2', 3: 'I3', 4: 'I4', 5: 'I5' },
  level: { low: 'Laag', medium: 'Middel', high: 'Hoog', critical: 'Kritiek' },
};

describe('checkCycle', () => {
  it.each(['1', '90', '1095', ' 30 '])('accepts %j', (text) => {
    expect(checkCycle(text)).toBeUndefined();
  });

  it.each(['0', '1096', '12.5', '-3', '', 'abc', '1e2'])('rejects %j', (text) => {
    expect(checkCycle(text)?.key).toBe('daysInvalid');
  });
});

describe('checkLabel', () => {
  it('rejects an empty or blank label', () => {
    expect(checkLabel('   ')?.key).toBe('labelEmpty');
  });

  it('accepts 60 characters and rejects 61', () => {
    expect(checkLabel('a'.repeat(60))).toBeUndefined();
    expect(checkLabel('a'.repeat(61))).toEqual({
      key: 'labelTooLong',
      params: { max: 60, length: 61 },
    });
  });

  it('counts an emoji as one character', () => {
    expect(checkLabel('🔥'.repeat(60))).toBeUndefined();
  });
});

describe('draftFromSettings', () => {
  it('shows the defaults when nothing was renamed', () => {
    const draft = draftFromSettings(undefined, DEFAULTS);
    expect(draft.cycles).toEqual({ critical: '90', high: '180', medium: '360', low: '360' });
    expect(draft.level.critical).toBe('Kritiek');
    expect(draft.likelihood[3]).toBe('K3');
  });

  it('shows the stored values over the defaults', () => {
    const settings: PlanSettings = {
      key: 'plan',
      reviewCycleDays: { high: 120 },
      levelLabels: { impact: { 2: 'Klein' } },
    };
    const draft = draftFromSettings(settings, DEFAULTS);
    expect(draft.cycles.high).toBe('120');
    expect(draft.impact[2]).toBe('Klein');
  });
});

describe('validateDraft', () => {
  it('names every invalid field', () => {
    const draft = draftFromSettings(undefined, DEFAULTS);
    draft.cycles.low = '0';
    draft.level.high = '';
    expect(Object.keys(validateDraft(draft)).sort()).toEqual(['cycles.low', 'level.high']);
  });
});

describe('settingsFromDraft', () => {
  const base: PlanSettings = {
    key: 'plan',
    id: '7',
    etag: '"3"',
    targetDate: '2027-06-30',
    topDomains: ['d1'],
    reviewCycleDays: { high: 120 },
  };

  it('keeps the other settings and the ETag', () => {
    const draft = draftFromSettings(base, DEFAULTS);
    draft.cycles.critical = '30';
    const saved = settingsFromDraft(base, draft, DEFAULTS);
    expect(saved.etag).toBe('"3"');
    expect(saved.targetDate).toBe('2027-06-30');
    expect(saved.topDomains).toEqual(['d1']);
    expect(saved.reviewCycleDays).toEqual({ critical: 30, high: 120 });
  });

  it('stores a restored default as no departure', () => {
    const draft = draftFromSettings(base, DEFAULTS);
    draft.cycles.high = '180';
    const saved = settingsFromDraft(base, draft, DEFAULTS);
    expect(saved.reviewCycleDays).toBeUndefined();
    expect(saved.levelLabels).toBeUndefined();
  });

  it('stores only the renamed labels, trimmed', () => {
    const draft = draftFromSettings(base, DEFAULTS);
    draft.level.critical = '  Rood ';
    const saved = settingsFromDraft(base, draft, DEFAULTS);
    expect(saved.levelLabels?.level).toEqual({ critical: 'Rood' });
    expect(saved.levelLabels?.likelihood).toBeUndefined();
  });
});
