/** Tables of roles, remote access and subcontractors, each row with Bewerken and Verwijderen. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { GovernanceData } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';
import type { GovernanceStore } from '../../../graph/store';
import { useMessages } from '../../i18n/messages';
import { AccessDialog, DependencyDialog } from './AccessDialogs';
import { useGovernanceStyles } from './governanceStyles';
import { useLinkDescribers } from './linkRows';
import { governanceMessages } from './messages';
import { RecordActions } from './RecordActions';
import { RoleDialog } from './RoleDialogs';

/** Props of the link tables. */
export interface LinkTableProps {
  governance: GovernanceStore;
  data: GovernanceData;
  risks: Risk[];
  onSaved: () => Promise<void>;
}

function Header({ cells }: { cells: string[] }) {
  return (
    <TableHeader>
      <TableRow>
        {cells.map((cell) => (
          <TableHeaderCell key={cell}>{cell}</TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}

/** Renders each recorded hand-over of a role, as the chains are built from them. */
export function RoleTable({ governance, data, risks, onSaved }: LinkTableProps) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const describe = useLinkDescribers(data).role;
  const dialogProps = { governance, data, onSaved };
  return (
    <Table aria-label={t('roleRecords')} size="small" className={styles.table}>
      <Header cells={[t('asset'), t('role'), t('from'), t('to'), t('contract'), t('actions')]} />
      <TableBody>
        {data.roles.map((role) => (
          <TableRow key={role.key}>
            {describe(role)
              .slice(0, 5)
              .map(([label, value]) => (
                <TableCell key={label}>{value}</TableCell>
              ))}
            <TableCell>
              <RecordActions
                edit={<RoleDialog {...dialogProps} record={role} />}
                repository={governance.roles}
                record={role}
                target={{ type: 'role', key: role.key }}
                snapshot={{ data, risks }}
                onSaved={onSaved}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Renders the partners' remote access and their own subcontractors. */
export function AccessTables({ governance, data, risks, onSaved }: LinkTableProps) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const describe = useLinkDescribers(data);
  const dialogProps = { governance, data, onSaved };
  return (
    <>
      {data.access.length > 0 && (
        <Table aria-label={t('accessRecords')} size="small" className={styles.table}>
          <Header
            cells={[t('partner'), t('accessRemoteControl'), t('accessAdministrator'), t('actions')]}
          />
          <TableBody>
            {data.access.map((entry) => (
              <TableRow key={entry.key}>
                {describe.access(entry).map(([label, value]) => (
                  <TableCell key={label}>{value}</TableCell>
                ))}
                <TableCell>
                  <RecordActions
                    edit={<AccessDialog {...dialogProps} record={entry} />}
                    repository={governance.access}
                    record={entry}
                    target={{ type: 'access', key: entry.key }}
                    snapshot={{ data, risks }}
                    onSaved={onSaved}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data.dependencies.length > 0 && (
        <Table aria-label={t('dependencyRecords')} size="small" className={styles.table}>
          <Header cells={[t('partner'), t('dependsOn'), t('role'), t('actions')]} />
          <TableBody>
            {data.dependencies.map((entry) => (
              <TableRow key={entry.key}>
                {describe.dependency(entry).map(([label, value]) => (
                  <TableCell key={label}>{value}</TableCell>
                ))}
                <TableCell>
                  <RecordActions
                    edit={<DependencyDialog {...dialogProps} record={entry} />}
                    repository={governance.dependencies}
                    record={entry}
                    target={{ type: 'dependency', key: entry.key }}
                    snapshot={{ data, risks }}
                    onSaved={onSaved}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
