/** The kloofanalyse: risks without an effective control, and controls that cover no risk. */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { analyseGaps, type RiskGap, type RiskGapKind } from '../../../domain/gapAnalysis';
import type { Control } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { newControlDraft } from './ControlEditorDialog';
import { controlTitle, levelLabel } from './controlLabels';
import { useControlStyles } from './controlStyles';
import { controlMessages } from './messages';
import type { ControlsData } from './useControlsData';

/** Props of GapView. */
export interface GapViewProps {
  data: ControlsData;
  onEdit: (control: Control) => void;
}

const GROUPS: { kind: RiskGapKind; heading: 'gapUncovered' | 'gapWeakOnly' | 'gapUnassessed' }[] = [
  { kind: 'uncovered', heading: 'gapUncovered' },
  { kind: 'weakOnly', heading: 'gapWeakOnly' },
  { kind: 'unassessed', heading: 'gapUnassessed' },
];

function ControlButton({ control, onEdit }: { control: Control; onEdit: (c: Control) => void }) {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const title = controlTitle(control, locale);
  const level = levelLabel(control.level, locale) ?? t('levelNone');
  return (
    <Button size="small" appearance="subtle" onClick={() => onEdit(control)}>
      {`${title} (${level})`}
    </Button>
  );
}

function GapItem({ gap, onEdit }: { gap: RiskGap; onEdit: (control: Control) => void }) {
  const t = useMessages(controlMessages);
  const styles = useControlStyles();
  const addForRisk = () =>
    onEdit({ ...newControlDraft(), riskKeys: [gap.risk.key], domains: [gap.risk.domain] });
  return (
    <li className={styles.item}>
      <Text weight="semibold" className={styles.titleCell}>
        {gap.risk.title}
      </Text>
      {gap.controls.map((control) => (
        <ControlButton key={control.key} control={control} onEdit={onEdit} />
      ))}
      <Button
        size="small"
        aria-label={t('addForRiskLabel', { title: gap.risk.title })}
        onClick={addForRisk}
      >
        {t('addForRisk')}
      </Button>
    </li>
  );
}

/** Renders the three groups of risk gaps and the idle controls, each with a way to fix it. */
export function GapView({ data, onEdit }: GapViewProps) {
  const t = useMessages(controlMessages);
  const styles = useControlStyles();
  const gaps = useMemo(() => analyseGaps(data.risks, data.controls), [data.risks, data.controls]);
  const counted = gaps.coveredRisks.length + gaps.riskGaps.length;

  return (
    <section className={styles.view} aria-labelledby="controls-gaps-heading">
      <h2 id="controls-gaps-heading" className={styles.heading}>
        {t('viewGaps')}
      </h2>
      <Text block>{t('gapsIntro')}</Text>
      <Text block role="status">
        {t('gapsSummary', { covered: gaps.coveredRisks.length, total: counted })}
        {gaps.skippedRisks.length > 0 &&
          ` ${t('gapsSkipped', { count: gaps.skippedRisks.length })}`}
      </Text>
      {gaps.riskGaps.length === 0 && counted > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('noGaps')}</MessageBarBody>
        </MessageBar>
      )}
      {GROUPS.map(({ kind, heading }) => {
        const inGroup = gaps.riskGaps.filter((gap) => gap.kind === kind);
        return (
          <section key={kind} aria-labelledby={`gap-${kind}`}>
            <h3 id={`gap-${kind}`}>{`${t(heading)} (${inGroup.length})`}</h3>
            {inGroup.length === 0 ? (
              <Text>{t('noneInGroup')}</Text>
            ) : (
              <ul className={styles.list}>
                {inGroup.map((gap) => (
                  <GapItem key={gap.risk.key} gap={gap} onEdit={onEdit} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section aria-labelledby="gap-idle">
        <h3 id="gap-idle">{`${t('idleControls')} (${gaps.idleControls.length})`}</h3>
        {gaps.idleControls.length === 0 ? (
          <Text>{t('noneInGroup')}</Text>
        ) : (
          <ul className={styles.list}>
            {gaps.idleControls.map((control) => (
              <li key={control.key} className={styles.item}>
                <ControlButton control={control} onEdit={onEdit} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
