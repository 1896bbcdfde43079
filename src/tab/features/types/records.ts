/** Builds the action for a type step and the risk for a building block's controlled risk. */
import { ictTypeById, ictTypeName } from '../../../content/ictTypes';
import type { BuildingBlockId, CatalogueRisk, IctTypeId, TypeStep } from '../../../content/model';
import type { Action, Risk } from '../../../domain/model';
import type { StepItem, StepVariant } from '../../../domain/typeProgress';
import { translate } from '../../i18n/messages';
import { newActionDraft } from '../actions/actionDraft';
import { newRiskDraft } from '../risks/riskDraft';
import { typeMessages } from './messages';
import { recordTitle } from './recordTitle';

/** A new record, and whether its title had to be shortened. */
export interface NewRecord<T> {
  record: T;
  shortened: boolean;
}

const blockNumber = (block: BuildingBlockId) => Number(block.slice(1));

// Records are shared by the whole team, so their text is the report's Dutch, whatever the UI locale.
const dutch = (key: keyof typeof typeMessages.nl, params: Record<string, string | number>) =>
  translate(typeMessages, 'nl', key, params);

const names = (ids: readonly IctTypeId[]) =>
  ids.map((id) => ictTypeName(ictTypeById(id))).join(', ');

/** Names the types a row comes from: "Type 1, Type 3". */
export function typeNames(item: StepItem): string {
  return names(item.typeIds);
}

/** Names the types that print one alternative of a choice. */
export function variantTypeNames(variant: StepVariant): string {
  return names([...new Set(variant.sources.map((source) => source.typeId))]);
}

/**
 * Makes the action for the row's step (the chosen alternative for a choice). Its client key is
 * derived from the row, so a retried click finds the action the first click made.
 */
export function actionForStep(item: StepItem, step: TypeStep): NewRecord<Action> {
  const { title, shortened } = recordTitle(step.text);
  const details = (step.details ?? []).map((detail) => `− ${detail}`).join('\n');
  const source = dutch('actionSource', {
    number: step.number ?? '',
    block: blockNumber(item.block),
    types: typeNames(item).toLowerCase(),
  });
  const description = [shortened ? step.text : '', details, source].filter(Boolean).join('\n\n');
  const record = newActionDraft({
    key: `step-${item.key}`,
    title,
    description,
    moscow: step.suggestedMoscow,
  });
  return { record, shortened };
}

/** Makes the register entry for a risk a building block controls, keyed by the risk's id. */
export function riskForBlock(risk: CatalogueRisk, block: BuildingBlockId): NewRecord<Risk> {
  const { title, shortened } = recordTitle(risk.title.nl);
  const source = dutch('riskSource', { block: blockNumber(block) });
  const description = [shortened ? risk.title.nl : '', source].filter(Boolean).join('\n\n');
  const draft = newRiskDraft({
    key: `catalogue-${risk.id}`,
    title,
    description,
    origin: 'catalogue',
    originRef: risk.id,
  });
  return { record: { ...draft, domain: risk.domain }, shortened };
}
