/** The controls view: take the measures over, add own controls, and edit each one. */
import { Button, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { startingControls } from '../../../content/measures';
import type { Control } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { controlTitle } from './controlLabels';
import { useControlStyles } from './controlStyles';
import { ControlTable } from './ControlTable';
import { newControlDraft } from './ControlEditorDialog';
import { controlMessages } from './messages';
import { TakeoverBar } from './TakeoverBar';
import type { ControlsData } from './useControlsData';
import { useTakeover } from './useTakeover';
import type { Repository } from '../../../graph/store';

/** Props of MeasuresView. */
export interface MeasuresViewProps {
  data: ControlsData;
  repository: Repository<Control>;
  onEdit: (control: Control) => void;
}

const MEASURE_ORDER = new Map(startingControls.map((measure, index) => [measure.key, index]));

/** Orders the measures of question 16 as the question does, then own controls by title. */
function ordered(controls: readonly Control[], locale: 'nl' | 'en'): Control[] {
  const position = (control: Control) => MEASURE_ORDER.get(control.measureKey ?? '') ?? Infinity;
  return [...controls].sort(
    (a, b) =>
      position(a) - position(b) ||
      controlTitle(a, locale).localeCompare(controlTitle(b, locale), locale),
  );
}

/** Renders the takeover, the add button and the table. */
export function MeasuresView({ data, repository, onEdit }: MeasuresViewProps) {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const styles = useControlStyles();
  const takeover = useTakeover(repository, data.answers, data.controls, data.putControl);
  const controls = useMemo(() => ordered(data.controls, locale), [data.controls, locale]);
  const riskKeys = useMemo(() => new Set(data.risks.map((risk) => risk.key)), [data.risks]);

  return (
    <section className={styles.view} aria-labelledby="controls-measures-heading">
      <h2 id="controls-measures-heading" className={styles.heading}>
        {t('viewMeasures')}
      </h2>
      <TakeoverBar takeover={takeover} round={data.round} />
      <div className={styles.toolbar}>
        <Button onClick={() => onEdit(newControlDraft())}>{t('addOwn')}</Button>
      </div>
      {controls.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <ControlTable controls={controls} riskKeys={riskKeys} onEdit={onEdit} />
      )}
    </section>
  );
}
