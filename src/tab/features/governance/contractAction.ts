/** Turns a contract deadline into a Must action and pushes the action plan to Planner. */
import { contractDeadline, suggestContractAction } from '../../../domain/governance/expiry';
import type { Contract } from '../../../domain/governance/model';
import type { Action, DateOnly } from '../../../domain/model';
import type { PushResult, RisicoradarStore } from '../../../graph/store';
import { pickText, type Locale } from '../../i18n/messages';

/**
 * Returns the client key of the action for a contract's deadline. It depends on the deadline, so
 * a second click finds the first action and a later term gets an action of its own.
 */
export function contractActionKey(contract: Contract, deadline: DateOnly): string {
  return `contract-${contract.key}-${deadline}`;
}

/** The outcome of planning: the action as stored and the push, or null when nothing is due. */
export interface PlannedContractAction {
  action: Action;
  push: PushResult;
}

/**
 * Creates the action (idempotent by its key) and pushes the whole plan, because the push expects
 * every action and matches tasks by the ids stored on them, so nothing is created twice.
 */
export async function planContractAction(
  store: RisicoradarStore,
  contract: Contract,
  today: DateOnly,
  locale: Locale,
): Promise<PlannedContractAction | null> {
  const suggestion = suggestContractAction(contract, today);
  const deadline = contractDeadline(contract, today);
  if (!suggestion || !deadline) return null;

  const key = contractActionKey(contract, deadline.date);
  const action: Action = {
    key,
    title: pickText(suggestion.title, locale),
    description: pickText(suggestion.description, locale),
    moscow: suggestion.moscow,
    owner: suggestion.owner,
    dueDate: suggestion.dueDate,
    status: 'open',
    percentComplete: 0,
  };
  await store.actions.create(action);
  const actions = await store.actions.list();
  const push = await store.planner.push(actions);
  const pushed = push.actions.find((entry) => entry.key === key) ?? action;
  return { action: pushed, push };
}
