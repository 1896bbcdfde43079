/** One building block: its steps for the chosen types, its progress, and the risks it controls. */
import { Field, ProgressBar, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { BuildingBlock, CatalogueRisk } from '../../../content/model';
import type { Action, Risk } from '../../../domain/model';
import {
  blockProgress,
  readItemState,
  type ItemState,
  type StepItem,
  type StepStates,
} from '../../../domain/typeProgress';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { ControlledRisks } from './ControlledRisks';
import { typeMessages } from './messages';
import { StepRow } from './StepRow';
import { useTypePageStyles } from './typeStyles';
import type { RecordMaking } from './useRecordMaking';

/** Props of BlockSection. */
export interface BlockSectionProps {
  block: BuildingBlock;
  /** The rows of this block only. */
  items: readonly StepItem[];
  states: StepStates;
  actions: readonly Action[];
  risks: readonly Risk[];
  making: RecordMaking;
  onChange: (item: StepItem, change: Partial<ItemState>) => void;
  onAddRisk: (risk: CatalogueRisk) => void;
}

/** Renders the block as a region named by its heading. */
export function BlockSection(props: BlockSectionProps) {
  const { block, items, states, actions, risks, making, onChange, onAddRisk } = props;
  const t = useMessages(typeMessages);
  const locale = useLocale();
  const styles = useTypePageStyles();
  const headingId = useId();
  const progress = blockProgress(items, states, block.id);
  const actionKeys = new Set(actions.map((action) => action.key));
  const title = pickText(block.title, locale);
  return (
    <section className={styles.block} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.blockHeading}>
        {t('blockHeading', { number: block.number, title })}
      </h3>
      {items.length > 0 && (
        <Field
          className={styles.progress}
          label={t('progressLabel', { number: block.number })}
          hint={t('progressText', { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} thickness="large" />
        </Field>
      )}
      <ol className={styles.steps} aria-label={t('blockHeading', { number: block.number, title })}>
        {items.map((item) => {
          const state = readItemState(item, states);
          return (
            <StepRow
              key={item.key}
              item={item}
              state={state}
              actionExists={!!state.actionKey && actionKeys.has(state.actionKey)}
              busy={making.busy.has(item.key)}
              note={making.notes[item.key]}
              onChange={(change) => onChange(item, change)}
              onMakeAction={() => void making.makeAction(item)}
            />
          );
        })}
      </ol>
      <ControlledRisks
        block={block}
        register={risks}
        busy={making.busy}
        notes={making.notes}
        onAdd={onAddRisk}
      />
      <Text size={200} className={styles.credit}>
        {block.source.where}
      </Text>
    </section>
  );
}
