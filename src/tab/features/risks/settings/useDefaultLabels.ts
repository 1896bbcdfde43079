/** The catalogue's own names of the scale steps and levels, before any renaming. */
import { useMemo } from 'react';
import { SCALE_STEPS, type RiskLevel, type ScaleStep } from '../../../../domain/riskScore';
import { useMessages } from '../../../i18n/messages';
import { riskMessages } from '../messages';
import { LEVEL_KEYS } from '../riskLabels';
import { LEVELS, type DefaultLabels } from './settingsDraft';

/** Returns the default labels in the current locale. */
export function useDefaultLabels(): DefaultLabels {
  const t = useMessages(riskMessages);
  return useMemo(() => {
    const steps = (scale: 'likelihood' | 'impact') =>
      Object.fromEntries(SCALE_STEPS.map((step) => [step, t(`${scale}${step}`)])) as Record<
        ScaleStep,
        string
      >;
    const level = Object.fromEntries(LEVELS.map((name) => [name, t(LEVEL_KEYS[name])])) as Record<
      RiskLevel,
      string
    >;
    return { likelihood: steps('likelihood'), impact: steps('impact'), level };
  }, [t]);
}
