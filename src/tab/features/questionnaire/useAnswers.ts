/** Loads a round's answers and saves each one as it is given, with a save state per field. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../../content/model';
import type { Answer } from '../../../domain/model';
import { isConflict } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { answerKey, type AnswerTarget } from './answerKeys';
import { autoRetryDelay } from './autoRetry';
import { RetrySchedule } from './retrySchedule';

/** The save state of one field. */
export type SaveState =
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: unknown }
  /** Failed for a passing reason; the save is sent again by itself at `retryAt` (epoch ms). */
  | { state: 'retrying'; error: unknown; retryAt: number }
  | { state: 'conflict'; theirs?: Answer; mine?: AnswerValue };

/** The answers of a round and the operations on them. */
export interface AnswersValue {
  loadState: 'loading' | 'ready' | 'failed';
  loadError?: unknown;
  /** Current values by answer key, including ones whose save is still running or failed. */
  values: ReadonlyMap<string, AnswerValue>;
  saveStates: ReadonlyMap<string, SaveState>;
  valueOf(target: AnswerTarget): AnswerValue | undefined;
  saveStateOf(target: AnswerTarget): SaveState | undefined;
  /** Saves the value, or clears the answer when `value` is undefined. */
  write(target: AnswerTarget, value: AnswerValue | undefined): void;
  retry(target: AnswerTarget): void;
  keepMine(target: AnswerTarget): void;
  takeTheirs(target: AnswerTarget): void;
}

// The attempt number of a save (0 for the first) and the write it belongs to.
interface Attempt {
  number: number;
  generation: number;
}

interface PendingRetry extends Attempt {
  target: AnswerTarget;
  value: AnswerValue;
  error: unknown;
  delay: number;
}

function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V | undefined) {
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

// Compares two stored values whatever the order of their fields; the list of field names
// passed to JSON.stringify fixes the order at every level.
function sameValue(left: AnswerValue, right: AnswerValue): boolean {
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return JSON.stringify(left, fields) === JSON.stringify(right, fields);
}

/** Keeps the answers of `roundKey` in sync with the store. */
export function useAnswers(roundKey: string): AnswersValue {
  const { store, me } = useSession();
  const records = useRef(new Map<string, Answer>());
  const queues = useRef(new Map<string, Promise<void>>());
  const retries = useRef(new RetrySchedule());
  const [values, setValues] = useState<ReadonlyMap<string, AnswerValue>>(new Map());
  const [saveStates, setSaveStates] = useState<ReadonlyMap<string, SaveState>>(new Map());
  const [loadState, setLoadState] = useState<AnswersValue['loadState']>('loading');
  const [loadError, setLoadError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    setLoadState('loading');
    store.answers
      .list(roundKey)
      .then((answers) => {
        if (cancelled) return;
        records.current = new Map(answers.map((answer) => [answer.key, answer]));
        setValues(new Map(answers.map((answer) => [answer.key, answer.value])));
        setSaveStates(new Map());
        setLoadState('ready');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(error);
        setLoadState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [store, roundKey]);

  const setSaveState = useCallback((key: string, next: SaveState | undefined) => {
    setSaveStates((previous) => withEntry(previous, key, next));
  }, []);

  // Set below, once `chain` exists; `persist` calls it to send a throttled save again.
  const retryLater = useRef<(retry: PendingRetry) => void>(() => undefined);

  const persist = useCallback(
    async (target: AnswerTarget, value: AnswerValue | undefined, attempt: Attempt) => {
      const key = answerKey(roundKey, target);
      const existing = records.current.get(key);
      setSaveState(key, { state: 'saving' });
      try {
        if (value === undefined) {
          if (existing) await store.answers.remove(existing);
          records.current.delete(key);
          return setSaveState(key, { state: 'saved' });
        }
        const answer: Answer = { ...existing, key, roundKey, ...target, value, answeredBy: me };
        if (existing) {
          records.current.set(key, await store.answers.save(answer));
          return setSaveState(key, { state: 'saved' });
        }
        // A first answer goes through `create`, which returns the stored record when another
        // member answered the same field since this page loaded. That is a conflict, not an
        // overwrite. Later writes go through `save` with the ETag, so the store raises 412.
        const stored = await store.answers.create(answer);
        records.current.set(key, stored);
        if (sameValue(stored.value, value)) return setSaveState(key, { state: 'saved' });
        setSaveState(key, { state: 'conflict', theirs: stored, mine: value });
      } catch (error) {
        const delay = value === undefined ? undefined : autoRetryDelay(error, attempt.number + 1);
        if (value !== undefined && delay !== undefined) {
          const retry = { target, value, error, delay, generation: attempt.generation };
          return retryLater.current({ ...retry, number: attempt.number + 1 });
        }
        if (!isConflict(error)) return setSaveState(key, { state: 'failed', error });
        try {
          const current = await store.answers.list(roundKey);
          const theirs = current.find((answer) => answer.key === key);
          if (theirs && value && sameValue(theirs.value, value)) {
            // The other member saved the same value, so there is nothing to choose.
            records.current.set(key, theirs);
            return setSaveState(key, { state: 'saved' });
          }
          setSaveState(key, { state: 'conflict', theirs, mine: value });
        } catch {
          setSaveState(key, { state: 'failed', error });
        }
      }
    },
    [store, me, roundKey, setSaveState],
  );

  // One queue per field: a save starts after the previous one for that field, so it sends the
  // ETag the previous save returned instead of a stale one.
  const chain = useCallback(
    (target: AnswerTarget, value: AnswerValue | undefined, attempt: Attempt) => {
      const key = answerKey(roundKey, target);
      const previous = queues.current.get(key) ?? Promise.resolve();
      const next = previous.then(() => persist(target, value, attempt)).catch(() => undefined);
      queues.current.set(key, next);
    },
    [roundKey, persist],
  );

  const enqueue = useCallback(
    (target: AnswerTarget, value: AnswerValue | undefined) => {
      const generation = retries.current.startWrite(answerKey(roundKey, target));
      chain(target, value, { number: 0, generation });
    },
    [roundKey, chain],
  );

  retryLater.current = ({ target, value, error, delay, number, generation }) => {
    const key = answerKey(roundKey, target);
    // A newer write is queued behind this one and saves the newer value.
    if (!retries.current.isCurrent(key, generation)) return;
    setSaveState(key, { state: 'retrying', error, retryAt: Date.now() + delay });
    retries.current.schedule(key, generation, delay, () =>
      chain(target, value, { number, generation }),
    );
  };

  const write = useCallback(
    (target: AnswerTarget, value: AnswerValue | undefined) => {
      setValues((previous) => withEntry(previous, answerKey(roundKey, target), value));
      enqueue(target, value);
    },
    [roundKey, enqueue],
  );

  const keyOf = (target: AnswerTarget) => answerKey(roundKey, target);

  const resolveConflict = (target: AnswerTarget, keep: 'mine' | 'theirs') => {
    const key = keyOf(target);
    const conflict = saveStates.get(key);
    if (conflict?.state !== 'conflict') return;
    if (conflict.theirs) records.current.set(key, conflict.theirs);
    else records.current.delete(key);
    if (keep === 'mine') return enqueue(target, conflict.mine);
    setValues((previous) => withEntry(previous, key, conflict.theirs?.value));
    setSaveState(key, { state: 'saved' });
  };

  return {
    loadState,
    loadError,
    values,
    saveStates,
    valueOf: (target) => values.get(keyOf(target)),
    saveStateOf: (target) => saveStates.get(keyOf(target)),
    write,
    retry: (target) => enqueue(target, values.get(keyOf(target))),
    keepMine: (target) => resolveConflict(target, 'mine'),
    takeTheirs: (target) => resolveConflict(target, 'theirs'),
  };
}
