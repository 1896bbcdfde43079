/** The title limit that SharePoint's single-line text columns and Planner's task titles share. */

/**
 * Maximum title length. It is counted in UTF-16 code units, as `String.length` does, so an emoji
 * counts as two. That is the stricter of the ways the limit can be counted.
 */
export const MAX_TITLE_LENGTH = 255;

/** Reason a title cannot be saved. Nothing is trimmed or cut off. */
export type TitleProblem = { kind: 'required' } | { kind: 'tooLong'; length: number; max: number };

/** Checks a title as typed. A title of only spaces counts as empty, but spaces are kept when saved. */
export function checkTitle(title: string): TitleProblem | undefined {
  if (title.trim().length === 0) return { kind: 'required' };
  if (title.length > MAX_TITLE_LENGTH) {
    return { kind: 'tooLong', length: title.length, max: MAX_TITLE_LENGTH };
  }
  return undefined;
}
