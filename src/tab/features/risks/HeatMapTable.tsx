/** The heat map as a table: one row per occupied cell, for keyboard and screen-reader users. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { RiskDomainId } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { depthMessages } from './depthMessages';
import type { HeatMapCell } from './heatMapData';
import { useHeatMapStyles } from './heatMapStyles';
import { LevelBadge } from './LevelBadge';
import { TopDomainMark } from './TopDomainMark';

/** Props of HeatMapTable. */
export interface HeatMapTableProps {
  rows: readonly HeatMapCell[][];
  topDomains: readonly RiskDomainId[];
  onOpen: (risk: Risk) => void;
}

/** Lists the cells that hold risks, highest likelihood first, with each risk as a button. */
export function HeatMapTable({ rows, topDomains, onOpen }: HeatMapTableProps) {
  const d = useMessages(depthMessages);
  const styles = useHeatMapStyles();
  const titleId = useId();
  const occupied = rows.flat().filter((cell) => cell.risks.length > 0);
  return (
    <section aria-labelledby={titleId}>
      <Title3 as="h4" id={titleId}>
        {d('heatMapTableTitle')}
      </Title3>
      {occupied.length === 0 ? (
        <Text block>{d('cellEmpty')}</Text>
      ) : (
        <Table aria-label={d('heatMapTableLabel')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{d('columnLikelihood')}</TableHeaderCell>
              <TableHeaderCell>{d('columnImpact')}</TableHeaderCell>
              <TableHeaderCell>{d('sectionScore')}</TableHeaderCell>
              <TableHeaderCell>{d('columnRisks')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {occupied.map((cell) => (
              <TableRow key={`${cell.likelihood}-${cell.impact}`}>
                <TableCell>{cell.likelihood}</TableCell>
                <TableCell>{cell.impact}</TableCell>
                <TableCell>
                  {cell.score} <LevelBadge level={cell.level} />
                </TableCell>
                <TableCell>
                  <ul className={styles.list}>
                    {cell.risks.map((risk) => (
                      <li key={risk.key} className={styles.listItem}>
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={d('openRiskLabel', { title: risk.title })}
                          onClick={() => onOpen(risk)}
                        >
                          {risk.title}
                        </Button>
                        {topDomains.includes(risk.domain) && <TopDomainMark />}
                      </li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
