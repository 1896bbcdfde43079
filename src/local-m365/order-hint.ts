/** Planner order hints: clients send "<previous> <next>!", the service stores a hint between them. */
import { fail } from './errors';

// Hints use the characters '!' to '~'. A hint never ends in '!', the smallest, so that there is
// always room before it; a shorter hint compares as if padded with '!'.
const SMALLEST = 0x21;
const ABOVE_LARGEST = 0x7f;

/** Returns a string that sorts ordinally after `previous` and before `next` ('' = no bound). */
export function hintBetween(previous: string, next: string): string {
  if (next !== '' && previous >= next) {
    throw fail.badRequest(`Invalid order hint: '${previous}' does not sort before '${next}'.`);
  }
  let result = '';
  let upperBounded = next !== '';
  for (let index = 0; index < 1000; index += 1) {
    if (upperBounded && index >= next.length) break;
    const low = index < previous.length ? previous.charCodeAt(index) : SMALLEST;
    const high = upperBounded ? next.charCodeAt(index) : ABOVE_LARGEST;
    if (low === high) {
      result += String.fromCharCode(low);
      continue;
    }
    const middle = Math.floor((low + high) / 2);
    if (middle > low) return result + String.fromCharCode(middle);
    // Adjacent characters: keep the lower one; from here on `next` no longer bounds the result.
    result += String.fromCharCode(low);
    upperBounded = false;
  }
  throw fail.badRequest(`Invalid order hint: no hint fits between '${previous}' and '${next}'.`);
}

/**
 * Computes the stored hint for a client's "<previous> <next>!" input. A value the service returned,
 * sent back unchanged, lacks that form and is rejected with 400, as Planner does.
 */
export function resolveOrderHint(input: unknown): string {
  const match = typeof input === 'string' ? /^([^ ]*) ([^ ]*)!$/.exec(input) : null;
  if (!match) {
    throw fail.badRequest(
      `Invalid order hint '${String(input)}': send "<previous hint> <next hint>!", e.g. " !" for the first place.`,
    );
  }
  return hintBetween(match[1] ?? '', match[2] ?? '');
}
