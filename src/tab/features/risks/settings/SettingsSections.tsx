/** The four groups of the settings form: review periods, likelihood, impact and level names. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { DEFAULT_REVIEW_CYCLES } from '../../../../domain/reviewDates';
import { SCALE_STEPS } from '../../../../domain/riskScore';
import { useMessages } from '../../../i18n/messages';
import { settingsMessages } from './messages';
import { SettingsField } from './SettingsField';
import {
  LEVELS,
  type DefaultLabels,
  type FieldError,
  type FieldId,
  type LabelGroup,
  type SettingsDraft,
} from './settingsDraft';

const useSectionStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** Props of SettingsSections. */
export interface SettingsSectionsProps {
  draft: SettingsDraft;
  defaults: DefaultLabels;
  errors: Partial<Record<FieldId, FieldError>>;
  onChange: (draft: SettingsDraft) => void;
}

const GROUP_TITLES = {
  likelihood: 'likelihoodTitle',
  impact: 'impactTitle',
  level: 'levelTitle',
} as const;

/** Shows every field of the form, each with its default and its validation message. */
export function SettingsSections({ draft, defaults, errors, onChange }: SettingsSectionsProps) {
  const t = useMessages(settingsMessages);
  const styles = useSectionStyles();
  const message = (id: FieldId) => {
    const error = errors[id];
    return error ? t(error.key, error.params) : undefined;
  };

  function setCycle(level: (typeof LEVELS)[number], value: string) {
    onChange({ ...draft, cycles: { ...draft.cycles, [level]: value } });
  }

  function setLabel(group: LabelGroup, name: string, value: string) {
    onChange({ ...draft, [group]: { ...draft[group], [name]: value } });
  }

  function labelGroup(group: LabelGroup, names: readonly (string | number)[]) {
    const values = draft[group] as Record<string, string>;
    const fallback = defaults[group] as Record<string, string>;
    return (
      <fieldset key={group} className={styles.fieldset}>
        <legend className={styles.legend}>{t(GROUP_TITLES[group])}</legend>
        {names.map((name) => (
          <SettingsField
            key={name}
            label={
              group === 'level'
                ? t('levelLabel', { level: defaults.level[name as (typeof LEVELS)[number]] })
                : t('stepLabel', { step: name })
            }
            value={values[name] ?? ''}
            defaultText={t('defaultLabel', { label: fallback[name] ?? '' })}
            error={message(`${group}.${name}` as FieldId)}
            onChange={(value) => setLabel(group, String(name), value)}
            onRestore={() => setLabel(group, String(name), fallback[name] ?? '')}
          />
        ))}
      </fieldset>
    );
  }

  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('cyclesTitle')}</legend>
        <Text>{t('cyclesIntro')}</Text>
        {LEVELS.map((level) => (
          <SettingsField
            key={level}
            numeric
            label={t('cycleLabel', { level: defaults.level[level].toLowerCase() })}
            value={draft.cycles[level]}
            defaultText={t('defaultDays', { days: DEFAULT_REVIEW_CYCLES[level] })}
            error={message(`cycles.${level}`)}
            onChange={(value) => setCycle(level, value)}
            onRestore={() => setCycle(level, String(DEFAULT_REVIEW_CYCLES[level]))}
          />
        ))}
      </fieldset>
      {labelGroup('likelihood', SCALE_STEPS)}
      {labelGroup('impact', SCALE_STEPS)}
      {labelGroup('level', LEVELS)}
    </>
  );
}
