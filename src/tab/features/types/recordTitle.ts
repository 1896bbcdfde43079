/** Titles for actions and risks made from the report's text, which may exceed the title limit. */
import { MAX_TITLE_LENGTH } from '../risks/titleRules';

/** A title made from a longer text, and whether it is shorter than the text. */
export interface RecordTitle {
  title: string;
  shortened: boolean;
}

// A period after these words abbreviates ("bv. DPO") and does not end the sentence.
const ABBREVIATIONS = new Set(['bv', 'bvb', 'nr', 'e.g', 'i.e']);

/** Returns the text up to its first sentence end, or the whole text when it has none. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(0, match.index);
    const word = before.slice(before.search(/[\p{L}.]*$/u)).toLowerCase();
    if (!ABBREVIATIONS.has(word.replace(/^\(/, ''))) return text.slice(0, match.index + 1);
  }
  return text;
}

/** Cuts at the last space that leaves room for an ellipsis within the limit. */
function cutAtWord(text: string): string {
  const room = text.slice(0, MAX_TITLE_LENGTH - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * Makes a title of at most 255 characters: the whole text when it fits, else its first sentence,
 * else the first sentence cut at a word with an ellipsis. The caller puts the whole text in the
 * description whenever `shortened` is true.
 */
export function recordTitle(text: string): RecordTitle {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_TITLE_LENGTH) return { title: trimmed, shortened: false };
  const sentence = firstSentence(trimmed);
  if (sentence.length <= MAX_TITLE_LENGTH) return { title: sentence, shortened: true };
  return { title: cutAtWord(sentence), shortened: true };
}
