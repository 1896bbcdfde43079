/** Saving a stored record with its ETag, and the outcome when someone else changed it first. */
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { isConflict } from '../../shell/errors';

/** Outcome of a save: stored, rejected because the ETag is stale, or failed otherwise. */
export type SaveOutcome<T> =
  { kind: 'saved'; record: T } | { kind: 'conflict'; mine: T } | { kind: 'failed'; error: unknown };

/** Creates a new record or updates a stored one with If-Match on its ETag. */
export async function saveRecord<T extends StoredRecord>(
  repository: Repository<T>,
  record: T,
): Promise<SaveOutcome<T>> {
  try {
    const saved = record.id ? await repository.update(record) : await repository.create(record);
    return { kind: 'saved', record: saved };
  } catch (error) {
    if (isConflict(error)) return { kind: 'conflict', mine: record };
    return { kind: 'failed', error };
  }
}

/** Reads the stored version of a record by its client key, or undefined when it was deleted. */
export async function readStored<T extends StoredRecord>(
  repository: Repository<T>,
  key: string,
): Promise<T | undefined> {
  const all = await repository.list();
  return all.find((record) => record.key === key);
}

/** Re-reads the stored version and writes mine over it with the fresh ETag, as the user chose. */
export async function overwriteWithMine<T extends StoredRecord>(
  repository: Repository<T>,
  mine: T,
): Promise<SaveOutcome<T> | { kind: 'gone' }> {
  let fresh: T | undefined;
  try {
    fresh = await readStored(repository, mine.key);
  } catch (error) {
    return { kind: 'failed', error };
  }
  if (!fresh) return { kind: 'gone' };
  return saveRecord(repository, { ...mine, id: fresh.id, etag: fresh.etag });
}
