/** The bestuur's own names for the scale steps and levels, where it renamed them in the settings. */
import { createContext, useContext, useMemo } from 'react';
import type { LevelLabels } from '../../../domain/model';
import type { RiskLevel, ScaleStep } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';
import { LEVEL_KEYS } from './riskLabels';

/** The renamed labels from the settings; undefined keeps the catalogue's labels. */
export const ScaleLabelsContext = createContext<LevelLabels | undefined>(undefined);

/** Labels of the scales and levels, the bestuur's own names first. */
export interface ScaleLabels {
  likelihood(step: ScaleStep): string;
  impact(step: ScaleStep): string;
  level(level: RiskLevel): string;
}

/** Returns the labels, falling back to the catalogue for each name left empty. */
export function useScaleLabels(): ScaleLabels {
  const t = useMessages(riskMessages);
  const custom = useContext(ScaleLabelsContext);
  return useMemo(
    () => ({
      likelihood: (step) => custom?.likelihood?.[step]?.trim() || t(`likelihood${step}`),
      impact: (step) => custom?.impact?.[step]?.trim() || t(`impact${step}`),
      level: (level) => custom?.level?.[level]?.trim() || t(LEVEL_KEYS[level]),
    }),
    [custom, t],
  );
}
