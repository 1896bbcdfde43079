/** Wires a governance form dialog for adding a record or, given one, editing it with its ETag. */
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { useMessages } from '../../i18n/messages';
import { loadEditConflict, type DescribeRecord } from './editConflict';
import type { FormDialogProps } from './FormDialog';
import { newKey } from './labels';
import { governanceMessages } from './messages';

/** The fields a form sets: everything but the stored record's bookkeeping. */
export type RecordFields<T extends StoredRecord> = Omit<T, keyof StoredRecord>;

/** Options of {@link useRecordDialog}. */
export interface RecordDialogOptions<T extends StoredRecord> {
  repository: Repository<T>;
  /** The record to edit; absent when adding. */
  record?: T;
  /** The record's name for the trigger's accessible name and the titles. */
  name: string;
  /** Title of the dialog when adding. */
  addTitle: string;
  /** Prefix of the client key of a new record. */
  keyPrefix: string;
  /** Reads the form into the record's fields. */
  fields: () => RecordFields<T>;
  describe: DescribeRecord<T>;
  onSaved: () => Promise<void>;
}

type DialogWiring = Pick<
  FormDialogProps,
  'title' | 'triggerText' | 'triggerLabel' | 'conflictName' | 'onConflict' | 'onResolved' | 'onSave'
>;

/**
 * Returns the FormDialog props that add a record, or update one with If-Match on its ETag. A 412
 * then reads the stored version, so the dialog can show both.
 */
export function useRecordDialog<T extends StoredRecord>(
  options: RecordDialogOptions<T>,
): DialogWiring {
  const t = useMessages(governanceMessages);
  const { repository, record, name, onSaved } = options;

  const build = (): T =>
    record
      ? ({ ...record, ...options.fields() } as T)
      : ({ key: newKey(options.keyPrefix), ...options.fields() } as T);

  const onSave = async () => {
    const next = build();
    await (record ? repository.update(next) : repository.create(next));
    await onSaved();
  };

  if (!record) return { title: options.addTitle, onSave };
  return {
    title: t('editTitle', { name }),
    triggerText: t('edit'),
    triggerLabel: t('editRecord', { name }),
    conflictName: name,
    onSave,
    onConflict: () => loadEditConflict(repository, build(), options.describe),
    onResolved: onSaved,
  };
}
