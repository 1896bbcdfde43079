/** Saves typed text after a pause, and at once on blur, so typing sends one save instead of one per key. */
import { useCallback, useEffect, useRef } from 'react';

/** The pause after the last keystroke before a text answer is saved. */
export const TEXT_SAVE_DELAY_MS = 800;

/** Returns `schedule` (save after the pause) and `flush` (save now if a save is pending). */
export function useDebouncedSave<T>(save: (value: T) => void, delayMs = TEXT_SAVE_DELAY_MS) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<{ value: T }>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (next) saveRef.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  // A pending save still goes out when the question unmounts, for example on a page switch.
  useEffect(() => flush, [flush]);

  return { schedule, flush };
}
