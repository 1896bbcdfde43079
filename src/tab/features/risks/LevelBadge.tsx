/** A risk level as a badge whose text carries the meaning, so the colour only repeats it. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RiskLevel } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';
import { LEVEL_KEYS } from './riskLabels';

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
  const t = useMessages(riskMessages);
  return (
    <Badge appearance="tint" color={LEVEL_COLOURS[level]}>
      {t(LEVEL_KEYS[level])}
    </Badge>
  );
}
