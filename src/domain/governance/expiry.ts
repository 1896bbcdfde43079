/**
 * Contract deadlines: when a contract ends or must be given notice, which contracts fall within
 * 30, 90 or 180 days of a date, and the action to plan for each.
 */
import type { LocalizedText } from '../../content/model';
import type { DateOnly, Person } from '../model';
import type { Contract } from './model';
import { addMonths, daysBetween, formatDayMonthYear } from './months';

/** The windows, in days, in which the start page lists coming deadlines. */
export const EXPIRY_WINDOWS = [30, 90, 180] as const;

/** One of the expiry windows, in days. */
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

/** Renewal length used when a tacitly renewing contract does not record one. */
export const DEFAULT_RENEWAL_MONTHS = 12;

/**
 * The next deadline of a contract. For a tacitly renewing contract it is the notice date, because
 * missing it renews the contract. For any other contract it is the end date.
 */
export interface ContractDeadline {
  contractKey: string;
  kind: 'notice' | 'end';
  date: DateOnly;
  /** End of the current term, after any tacit renewals up to the reference date. */
  termEnd: DateOnly;
  /** The term end minus the notice period. */
  noticeDate: DateOnly;
  /** Days from the reference date to `date`, 0 when the deadline is the reference date itself. */
  daysLeft: number;
}

// A list column can hold any number, so a month count is read as a whole number of 0 or more.
function wholeMonths(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(0, Math.trunc(value));
}

function termEndOn(contract: Contract, endDate: DateOnly, today: DateOnly): DateOnly {
  if (!contract.tacitRenewal) return endDate;
  const renewal = Math.max(1, wholeMonths(contract.renewalMonths, DEFAULT_RENEWAL_MONTHS));
  const notice = wholeMonths(contract.noticeMonths, 0);

  // Each term is counted from the recorded end date, so a 31st never drifts to the 28th.
  let terms = 0;
  while (addMonths(addMonths(endDate, terms * renewal), -notice) < today) terms++;
  return addMonths(endDate, terms * renewal);
}

/** Returns a contract's next deadline on or after `today`, or null when it has none. */
export function contractDeadline(contract: Contract, today: DateOnly): ContractDeadline | null {
  // NOTE: a contract without end date has no deadline, so it is never listed as expiring.
  if (!contract.endDate) return null;

  const termEnd = termEndOn(contract, contract.endDate, today);
  const noticeDate = addMonths(termEnd, -wholeMonths(contract.noticeMonths, 0));
  const kind = contract.tacitRenewal ? 'notice' : 'end';
  const date = kind === 'notice' ? noticeDate : termEnd;
  if (date < today) return null;
  return {
    contractKey: contract.key,
    kind,
    date,
    termEnd,
    noticeDate,
    daysLeft: daysBetween(today, date),
  };
}

/** Returns the deadlines from `today` up to and including `today` plus `days`, earliest first. */
export function deadlinesWithin(
  contracts: Contract[],
  today: DateOnly,
  days: number,
): ContractDeadline[] {
  return contracts
    .map((contract) => contractDeadline(contract, today))
    .filter(
      (deadline): deadline is ContractDeadline => deadline !== null && deadline.daysLeft <= days,
    )
    .sort((a, b) => a.daysLeft - b.daysLeft || a.contractKey.localeCompare(b.contractKey));
}

/** Returns the deadlines in each window. The windows nest, so a 20-day deadline is in all three. */
export function expiryWindows(
  contracts: Contract[],
  today: DateOnly,
): Record<ExpiryWindow, ContractDeadline[]> {
  return {
    30: deadlinesWithin(contracts, today, 30),
    90: deadlinesWithin(contracts, today, 90),
    180: deadlinesWithin(contracts, today, 180),
  };
}

/** An action to plan for a contract's deadline, ready for the action plan. */
export interface SuggestedContractAction {
  contractKey: string;
  moscow: 'must';
  owner?: Person;
  dueDate: DateOnly;
  /** True when a month before the notice date had already passed, so the due date is `today`. */
  dueDateMovedToToday: boolean;
  title: LocalizedText;
  description: LocalizedText;
}

/**
 * Suggests a Must action, owned by the contract's owner, due one month before the notice date.
 * When that day has passed, the action is due on `today`, because a due date in the past would
 * make the action overdue the moment it is created.
 */
export function suggestContractAction(
  contract: Contract,
  today: DateOnly,
): SuggestedContractAction | null {
  const deadline = contractDeadline(contract, today);
  if (!deadline) return null;

  const planned = addMonths(deadline.noticeDate, -1);
  const moved = planned < today;
  return {
    contractKey: contract.key,
    moscow: 'must',
    owner: contract.owner,
    dueDate: moved ? today : planned,
    dueDateMovedToToday: moved,
    title: actionTitle(contract),
    description: actionDescription(deadline),
  };
}

function actionTitle(contract: Contract): LocalizedText {
  if (contract.tacitRenewal) {
    return {
      nl: `Contract ‘${contract.title}’ opzeggen of bewust laten verlengen`,
      en: `Give notice on contract ‘${contract.title}’ or let it renew on purpose`,
    };
  }
  return {
    nl: `Opvolging regelen voor contract ‘${contract.title}’`,
    en: `Arrange what follows contract ‘${contract.title}’`,
  };
}

function actionDescription(deadline: ContractDeadline): LocalizedText {
  const notice = formatDayMonthYear(deadline.noticeDate);
  const end = formatDayMonthYear(deadline.termEnd);
  if (deadline.kind === 'notice') {
    return {
      nl: `Opzeggen kan tot ${notice}. Anders wordt het contract stilzwijgend verlengd na ${end}.`,
      en: `Notice can be given until ${notice}. Otherwise the contract renews tacitly after ${end}.`,
    };
  }
  return {
    nl: `Het contract loopt af op ${end}. De opzegtermijn begint op ${notice}.`,
    en: `The contract ends on ${end}. The notice period starts on ${notice}.`,
  };
}
