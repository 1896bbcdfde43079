/** The 5 × 5 heat map of the register, before or after controls, with the same data as a table. */
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  Title3,
  mergeClasses,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { RiskDomainId } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import type { RiskView } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { CellRisks } from './CellRisks';
import { depthMessages } from './depthMessages';
import { heatMapData } from './heatMapData';
import { useHeatMapStyles } from './heatMapStyles';
import { HeatMapTable } from './HeatMapTable';
import { riskMessages } from './messages';
import { useScaleLabels } from './scaleLabels';

/** Props of HeatMap. */
export interface HeatMapProps {
  risks: readonly Risk[];
  topDomains: readonly RiskDomainId[];
  onOpen: (risk: Risk) => void;
}

/** Renders the grid of cell buttons; choosing a cell lists its risks under the grid. */
export function HeatMap({ risks, topDomains, onOpen }: HeatMapProps) {
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const styles = useHeatMapStyles();
  const labels = useScaleLabels();
  const titleId = useId();
  const [view, setView] = useState<RiskView>('inherent');
  const [chosen, setChosen] = useState<{ likelihood: number; impact: number }>();
  const data = useMemo(() => heatMapData(risks, view, topDomains), [risks, view, topDomains]);
  const chosenCell = data.rows
    .flat()
    .find((cell) => cell.likelihood === chosen?.likelihood && cell.impact === chosen?.impact);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h3" id={titleId}>
        {d('heatMapTitle')}
      </Title3>
      <Text>{d('heatMapIntro')}</Text>
      <Field label={d('scoreViewLabel')}>
        <RadioGroup
          layout="horizontal"
          value={view}
          onChange={(_, option) => setView(option.value as RiskView)}
        >
          <Radio value="inherent" label={d('scoreBefore')} />
          <Radio value="residual" label={d('scoreAfter')} />
        </RadioGroup>
      </Field>
      {view === 'residual' && data.unplaced.length > 0 && (
        <Text>{d('heatMapNoResidual', { count: data.unplaced.length })}</Text>
      )}
      <div className={styles.grid} role="group" aria-label={t('matrixCaption')}>
        <span className={styles.axis} aria-hidden>
          {t('matrixCorner')}
        </span>
        {data.rows[0]?.map((cell) => (
          <span key={cell.impact} className={styles.axis} aria-hidden>
            {t('scaleOption', { step: cell.impact, label: labels.impact(cell.impact) })}
          </span>
        ))}
        {data.rows.map((row) => [
          <span key={`axis-${row[0]?.likelihood}`} className={styles.axis} aria-hidden>
            {row[0] &&
              t('scaleOption', {
                step: row[0].likelihood,
                label: labels.likelihood(row[0].likelihood),
              })}
          </span>,
          ...row.map((cell) => {
            const isChosen = cell === chosenCell;
            return (
              <Button
                key={`${cell.likelihood}-${cell.impact}`}
                appearance="transparent"
                aria-pressed={isChosen}
                className={mergeClasses(
                  styles.cell,
                  styles[cell.level],
                  isChosen && styles.selected,
                )}
                onClick={() => setChosen({ likelihood: cell.likelihood, impact: cell.impact })}
              >
                {/* The name is the visible text plus hidden words, so the two never disagree. */}
                <span className={styles.count}>
                  <span className={styles.hidden}>
                    {d('heatMapCellPlace', { likelihood: cell.likelihood, impact: cell.impact })}
                  </span>
                  {cell.risks.length}
                  <span className={styles.hidden}>{d('heatMapCellRisks')}</span>
                </span>
                <span className={styles.small}>
                  <span className={styles.hidden}>{d('heatMapCellScore')}</span>
                  {cell.score} {labels.level(cell.level)}
                </span>
                {cell.topCount > 0 && (
                  <span className={styles.small}>
                    ★ {d('topDomain')}: {cell.topCount}
                    <span className={styles.hidden}>{d('heatMapCellTopSuffix')}</span>
                  </span>
                )}
              </Button>
            );
          }),
        ])}
      </div>
      {chosenCell && (
        <CellRisks
          cell={chosenCell}
          topDomains={topDomains}
          onOpen={onOpen}
          onClose={() => setChosen(undefined)}
        />
      )}
      <HeatMapTable rows={data.rows} topDomains={topDomains} onOpen={onOpen} />
    </section>
  );
}
