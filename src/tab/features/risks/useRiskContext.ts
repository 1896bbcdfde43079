/** Loads what the register needs beside the risks: actions, controls and the register settings. */
import { useCallback, useEffect, useState } from 'react';
import type { RiskDomainId } from '../../../content/model';
import type { Action, Control, PlanSettings } from '../../../domain/model';
import { reviewCycles, type ReviewCycles } from '../../../domain/reviewDates';
import type { RisicoradarStore } from '../../../graph/store';

/** The register's surroundings; each part stays empty when it cannot be read. */
export interface RiskContext {
  actions: Action[];
  controls: Control[];
  settings?: PlanSettings;
  topDomains: RiskDomainId[];
  cycles: ReviewCycles;
  /** Replaces the settings after a save, such as a new choice of top domains. */
  putSettings: (settings: PlanSettings) => void;
}

async function readOrEmpty<T>(what: string, read: () => Promise<T[]> | undefined): Promise<T[]> {
  try {
    return (await read()) ?? [];
  } catch (error) {
    console.error(`[risks] reading the ${what} failed`, error);
    return [];
  }
}

/** Reads actions, controls and settings once; a failure leaves that part empty and is logged. */
export function useRiskContext(store: RisicoradarStore): RiskContext {
  const [actions, setActions] = useState<Action[]>([]);
  const [controls, setControls] = useState<Control[]>([]);
  const [settings, setSettings] = useState<PlanSettings>();

  useEffect(() => {
    let active = true;
    void (async () => {
      const [readActions, readControls] = await Promise.all([
        readOrEmpty('actions', () => store.actions.list()),
        readOrEmpty('controls', () => store.controls?.list()),
      ]);
      const readSettings = await store.settings.get().catch((error: unknown) => {
        console.error('[risks] reading the settings failed', error);
        return undefined;
      });
      if (!active) return;
      setActions(readActions);
      setControls(readControls);
      setSettings(readSettings);
    })();
    return () => {
      active = false;
    };
  }, [store]);

  const putSettings = useCallback((saved: PlanSettings) => setSettings(saved), []);

  return {
    actions,
    controls,
    settings,
    topDomains: settings?.topDomains ?? [],
    cycles: reviewCycles(settings?.reviewCycleDays),
    putSettings,
  };
}
