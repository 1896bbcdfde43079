/** Makes actions from steps and register risks from controlled risks, with per-row busy and notes. */
import { useCallback, useState } from 'react';
import type { BuildingBlockId, CatalogueRisk } from '../../../content/model';
import { readItemState, writeItemState, type StepItem } from '../../../domain/typeProgress';
import type { RisicoradarStore } from '../../../graph/store';
import { useLocale } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { actionForStep, riskForBlock } from './records';
import type { StepNote } from './StepAction';
import { useMoscowLabel } from './StepRow';
import type { TypeSettings } from './useTypeSettings';

/** Notes and busy flags by row key or risk id, and the two ways to make a record. */
export interface RecordMaking {
  busy: ReadonlySet<string>;
  notes: Readonly<Record<string, StepNote>>;
  makeAction: (item: StepItem) => Promise<void>;
  addRisk: (risk: CatalogueRisk, block: BuildingBlockId) => Promise<void>;
}

/** Wires the record builders to the store and to the page's settings. */
export function useRecordMaking(store: RisicoradarStore, data: TypeSettings): RecordMaking {
  const locale = useLocale();
  const moscowLabel = useMoscowLabel();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, StepNote>>({});
  const { change, putAction, putRisk, settings } = data;

  const run = useCallback(
    async (key: string, work: () => Promise<StepNote>) => {
      setBusy((current) => new Set(current).add(key));
      let note: StepNote;
      try {
        note = await work();
      } catch (error) {
        console.error('[types] making a record failed', error);
        note = { failed: describeError(error, locale) };
      }
      setNotes((current) => ({ ...current, [key]: note }));
      setBusy((current) => {
        const next = new Set(current);
        next.delete(key);
        return next;
      });
    },
    [locale],
  );

  const makeAction = useCallback(
    (item: StepItem) =>
      run(item.key, async () => {
        const state = readItemState(item, settings.stepStates ?? {});
        const variant = item.variants[state.choice ?? 0]!;
        const { record, shortened } = actionForStep(item, variant.step);
        const saved = await store.actions.create(record);
        putAction(saved);
        await change((current) => ({
          ...current,
          stepStates: writeItemState(item, current.stepStates ?? {}, { actionKey: saved.key }),
        }));
        return { made: { moscow: moscowLabel(saved.moscow), shortened } };
      }),
    [run, settings.stepStates, store, putAction, change, moscowLabel],
  );

  const addRisk = useCallback(
    (risk: CatalogueRisk, block: BuildingBlockId) =>
      run(risk.id, async () => {
        const { record, shortened } = riskForBlock(risk, block);
        putRisk(await store.risks.create(record));
        return shortened ? { made: { moscow: '', shortened } } : {};
      }),
    [run, store, putRisk],
  );

  return { busy, notes, makeAction, addRisk };
}
