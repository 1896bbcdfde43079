/** The Bewerken and Verwijderen buttons of one governance record's table row. */
import type { ReactNode } from 'react';
import type { RecordRef } from '../../../domain/governance/model';
import type { StoredRecord } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { DeleteDialog } from './DeleteDialog';
import { useGovernanceStyles } from './governanceStyles';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of {@link RecordActions}. */
export interface RecordActionsProps<T extends StoredRecord> {
  /** The edit dialog with its trigger, already given the record. */
  edit?: ReactNode;
  repository: Repository<T>;
  record: T;
  target: RecordRef;
  snapshot: Pick<GovernanceSnapshot, 'data' | 'risks'>;
  onSaved: () => Promise<void>;
}

/** Renders the edit trigger next to the delete trigger. */
export function RecordActions<T extends StoredRecord>(props: RecordActionsProps<T>) {
  const styles = useGovernanceStyles();
  return (
    <div className={styles.rowActions}>
      {props.edit}
      <DeleteDialog
        repository={props.repository}
        record={props.record}
        target={props.target}
        snapshot={props.snapshot}
        onDeleted={props.onSaved}
      />
    </div>
  );
}
