/**
 * The bestuur's work on the steps of the ICT types it chose: the steps merged into checklist rows
 * per building block, their stored state, and progress per block.
 */
import type { BuildingBlockId, IctType, IctTypeId, TypeStep } from '../content/model';

/** The bestuur's record for one step, or for one either/or group. */
export interface StepState {
  done: boolean;
  /** Client key of the action made from the step. */
  actionKey?: string;
  /** For an either/or group: the id of the chosen alternative's step. */
  choice?: string;
}

/** Step states by step id, or by group id for an either/or step. */
export type StepStates = Record<string, StepState>;

/** One occurrence of a step text in a chosen type. */
export interface StepSource {
  typeId: IctTypeId;
  stepId: string;
  /** The either/or group the step belongs to in that type. */
  groupId?: string;
}

/** One wording of a step, with every chosen type that prints it word for word. */
export interface StepVariant {
  step: TypeStep;
  sources: StepSource[];
}

/** One row of a building block's checklist: a step, or an either/or choice between variants. */
export interface StepItem {
  kind: 'step' | 'choice';
  /** Stable key of the row: its first state key. */
  key: string;
  block: BuildingBlockId;
  /** The number the report prints for the step. */
  number?: number;
  /** Every chosen type the row comes from, in type order. */
  typeIds: IctTypeId[];
  /** Keys the row's state is stored under: step ids, or group ids for a choice. */
  stateKeys: string[];
  /** One variant for a step; two or more for a choice. */
  variants: StepVariant[];
}

/** The state of a row as the UI shows it. */
export interface ItemState {
  done: boolean;
  actionKey?: string;
  /** Index into `variants` of the chosen alternative, for a choice. */
  choice?: number;
}

/** Done and total rows of one building block. */
export interface BlockProgress {
  done: number;
  total: number;
}

const BLOCKS: readonly BuildingBlockId[] = ['b1', 'b2', 'b3', 'b4', 'b5'];

function variantOf(step: TypeStep, chosen: readonly IctType[]): StepVariant {
  const sources = chosen.flatMap((type) =>
    type.steps
      .filter((other) => other.buildingBlock === step.buildingBlock && other.text === step.text)
      .map((other) => ({ typeId: type.id, stepId: other.id, groupId: other.choiceGroup })),
  );
  return { step, sources };
}

function uniqueTypes(variants: readonly StepVariant[], types: readonly IctType[]): IctTypeId[] {
  const ids = new Set(variants.flatMap((variant) => variant.sources.map((s) => s.typeId)));
  return types.filter((type) => ids.has(type.id)).map((type) => type.id);
}

function plainItem(variant: StepVariant, types: readonly IctType[]): StepItem {
  const stateKeys = variant.sources.map((source) => source.stepId);
  return {
    kind: 'step',
    key: stateKeys[0]!,
    block: variant.step.buildingBlock,
    number: variant.step.number,
    typeIds: uniqueTypes([variant], types),
    stateKeys,
    variants: [variant],
  };
}

function groupsOf(variant: StepVariant): string[] {
  return variant.sources.flatMap((source) => (source.groupId ? [source.groupId] : []));
}

/** Adds a choice variant to the row whose groups it shares, or starts a new row. */
function addChoiceVariant(items: StepItem[], variant: StepVariant, types: readonly IctType[]) {
  const groups = groupsOf(variant);
  const row = items.find(
    (item) =>
      item.kind === 'choice' &&
      item.block === variant.step.buildingBlock &&
      item.stateKeys.some((key) => groups.includes(key)),
  );
  if (!row) {
    items.push({
      kind: 'choice',
      key: groups[0]!,
      block: variant.step.buildingBlock,
      number: variant.step.number,
      typeIds: uniqueTypes([variant], types),
      stateKeys: groups,
      variants: [variant],
    });
    return;
  }
  row.variants.push(variant);
  row.stateKeys = [...new Set([...row.stateKeys, ...groups])];
  row.typeIds = uniqueTypes(row.variants, types);
}

/**
 * Builds the checklist rows of the chosen types, per building block in block order. A step that
 * several chosen types print word for word is one row. Either/or alternatives are one choice row,
 * and alternatives of different types join one row when the types share an alternative.
 * `steps` is the merged step list of the content, `types` all types in the report's order.
 */
export function buildStepItems(
  steps: readonly TypeStep[],
  types: readonly IctType[],
  chosenIds: readonly IctTypeId[],
): StepItem[] {
  const chosen = types.filter((type) => chosenIds.includes(type.id));
  const items: StepItem[] = [];
  for (const step of steps) {
    const variant = variantOf(step, chosen);
    if (variant.sources.length === 0) continue;
    if (step.choiceGroup) addChoiceVariant(items, variant, chosen);
    else items.push(plainItem(variant, chosen));
  }
  return BLOCKS.flatMap((block) => items.filter((item) => item.block === block));
}

/** Returns the row's state, read from whichever of its state keys contains a value. */
export function readItemState(item: StepItem, states: StepStates): ItemState {
  const stored = item.stateKeys.flatMap((key) => (states[key] ? [states[key]] : []));
  const actionKey = stored.find((state) => state.actionKey)?.actionKey;
  const choiceIds = stored.flatMap((state) => (state.choice ? [state.choice] : []));
  const choice = item.variants.findIndex((variant) =>
    variant.sources.some((source) => choiceIds.includes(source.stepId)),
  );
  return {
    done: stored.some((state) => state.done),
    ...(actionKey ? { actionKey } : {}),
    ...(choice >= 0 ? { choice } : {}),
  };
}

/** Picks the chosen variant's step id in the group, so the choice survives a type change. */
function choiceFor(variant: StepVariant, groupId: string): string {
  const own = variant.sources.find((source) => source.groupId === groupId);
  return (own ?? variant.sources[0]!).stepId;
}

/**
 * Returns the states with the row's state changed, written under every one of its state keys, so
 * the row keeps its state when one of its types is deselected later.
 */
export function writeItemState(
  item: StepItem,
  states: StepStates,
  change: Partial<ItemState>,
): StepStates {
  const next = { ...readItemState(item, states), ...change };
  const variant = next.choice === undefined ? undefined : item.variants[next.choice];
  const updated: StepStates = { ...states };
  for (const key of item.stateKeys) {
    const state: StepState = { done: next.done };
    if (next.actionKey) state.actionKey = next.actionKey;
    if (variant) state.choice = choiceFor(variant, key);
    updated[key] = state;
  }
  return updated;
}

/** Counts the done rows of one building block. */
export function blockProgress(
  items: readonly StepItem[],
  states: StepStates,
  block: BuildingBlockId,
): BlockProgress {
  const rows = items.filter((item) => item.block === block);
  const done = rows.filter((item) => readItemState(item, states).done).length;
  return { done, total: rows.length };
}
