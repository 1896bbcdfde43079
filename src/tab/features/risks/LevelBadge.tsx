/** A risk level as a badge whose text carries the meaning, so the colour only repeats it. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RiskLevel } from '../../../domain/riskScore';
import { useScaleLabels } from './scaleLabels';

const LEVEL_COLOURS: Record<RiskLevel, BadgeProps['color']> = {
  low: 'success',
  medium: 'warning',
  high: 'severe',
  critical: 'danger',
};

/** Props of LevelBadge. */
export interface LevelBadgeProps {
  level: RiskLevel;
}

/** Shows the level's name on a badge in the level's colour. */
export function LevelBadge({ level }: LevelBadgeProps) {
  const labels = useScaleLabels();
  return (
    <Badge appearance="tint" color={LEVEL_COLOURS[level]}>
      {labels.level(level)}
    </Badge>
  );
}
