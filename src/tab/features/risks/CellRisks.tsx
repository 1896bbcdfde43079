/** The risks of one heat map cell, each with a button that opens its risk page. */
import { Button, Text } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { RiskDomainId } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import type { HeatMapCell } from './heatMapData';
import { useHeatMapStyles } from './heatMapStyles';
import { TopDomainMark } from './TopDomainMark';

/** Props of CellRisks. */
export interface CellRisksProps {
  cell: HeatMapCell;
  topDomains: readonly RiskDomainId[];
  onOpen: (risk: Risk) => void;
  onClose: () => void;
}

/** Lists the cell's risks and moves focus to the list's heading, so the change is announced. */
export function CellRisks({ cell, topDomains, onOpen, onClose }: CellRisksProps) {
  const d = useMessages(depthMessages);
  const styles = useHeatMapStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    heading.current?.focus();
  }, [cell.likelihood, cell.impact]);

  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId} ref={heading} tabIndex={-1} className={styles.heading}>
        {d('cellRisksTitle', { likelihood: cell.likelihood, impact: cell.impact })}
      </h4>
      {cell.risks.length === 0 ? (
        <Text block>{d('cellEmpty')}</Text>
      ) : (
        <ul className={styles.list}>
          {cell.risks.map((risk) => (
            <li key={risk.key} className={styles.listItem}>
              <Text>{risk.title}</Text>
              {topDomains.includes(risk.domain) && <TopDomainMark />}
              <Button
                size="small"
                aria-label={d('openRiskLabel', { title: risk.title })}
                onClick={() => onOpen(risk)}
              >
                {d('open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button size="small" onClick={onClose}>
        {d('closeCell')}
      </Button>
    </section>
  );
}
