/** Display helpers for governance records: vocabulary labels, party names and costs. */
import type { GovernanceTerm } from '../../../content/governance';
import { partyName } from '../../../domain/governance/parties';
import type { ContractCost, GovernanceData, PartyRef } from '../../../domain/governance/model';
import { pickText, type Locale } from '../../i18n/messages';

/** Returns the label of a vocabulary key, or the key itself when the vocabulary lacks it. */
export function termLabel<Key extends string>(
  terms: readonly GovernanceTerm<Key>[],
  key: string,
  locale: Locale,
): string {
  const term = terms.find((entry) => entry.key === key);
  return term ? pickText(term.label, locale) : key;
}

/** Returns a party's name, with the first letter in upper case for a table cell. */
export function partyLabel(data: GovernanceData, party: PartyRef, locale: Locale): string {
  const name = pickText(partyName(data, party), locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Formats an amount in euro the Belgian way, with two decimals. */
export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

const COST_KEYS = { year: 'costPerYear', month: 'costPerMonth' } as const;

/** Returns the message key and amount text for a contract's cost. */
export function costParts(
  cost: ContractCost,
  locale: Locale,
): { key: 'costPerYear' | 'costPerMonth' | 'costOnce'; amount: string } {
  const key = COST_KEYS[cost.per as keyof typeof COST_KEYS] ?? 'costOnce';
  return { key, amount: formatEuro(cost.amount, locale) };
}

/** Returns a new client key with a readable prefix. */
export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
