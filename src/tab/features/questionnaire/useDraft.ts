/** Local text of an input that follows the stored value when that value changes from outside. */
import { useState } from 'react';

/**
 * Returns the draft and its setter. The draft is reset during render when `stored` changes (for
 * example when the user takes another member's answer); an effect would run late and could wipe
 * keystrokes typed right after the input appeared.
 */
export function useDraft(stored: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(stored);
  }
  return [draft, setDraft];
}
