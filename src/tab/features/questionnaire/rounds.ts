/** Rounds of the self-assessment: which one is active, and how a new one is made. */
import type { DateOnly, PlanSettings, Round } from '../../../domain/model';

export { isDateOnly } from '../../../domain/dates';

/** The client key of the first round; a fixed key lets two members opening the tab at once share it. */
export const FIRST_ROUND_KEY = 'round-first';

/** Builds the first round, named after the year of its reference date. */
export function firstRound(today: DateOnly, nameTemplate: string): Round {
  const name = nameTemplate.replace('{year}', today.slice(0, 4));
  return { key: FIRST_ROUND_KEY, name, referenceDate: today };
}

/** Builds a later round with a fresh client key. */
export function newRound(name: string, referenceDate: DateOnly): Round {
  return { key: `round-${crypto.randomUUID()}`, name: name.trim(), referenceDate };
}

/** True when a round named `name` exists already, ignoring case and white space. */
export function isRoundNameTaken(rounds: readonly Round[], name: string): boolean {
  const normalise = (text: string) => text.replace(/\s+/g, '').toLocaleLowerCase('nl-BE');
  const wanted = normalise(name);
  return rounds.some((round) => normalise(round.name) === wanted);
}

/** Picks the round the settings name, or else the one with the latest reference date. */
export function pickActiveRound(rounds: Round[], settings?: PlanSettings): Round | undefined {
  const chosen = rounds.find((round) => round.key === settings?.activeRoundKey);
  if (chosen) return chosen;
  return [...rounds].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate))[0];
}
