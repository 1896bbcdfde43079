/** Duties between parties with each party's statement, and the flags over all records. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { dutyName } from '../../../domain/governance/flag';
import { governanceFlags } from '../../../domain/governance/flags';
import type { DutyStatement, GovernanceData } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';
import type { GovernanceStore } from '../../../graph/store';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { useGovernanceStyles } from './governanceStyles';
import { partyLabel } from './labels';
import { governanceMessages } from './messages';
import { recordName } from './recordNames';
import { DutyDialog } from './RoleDialogs';
import { AccessDialog, DependencyDialog } from './AccessDialogs';
import { AccessTables } from './LinkTables';
import { RecordActions } from './RecordActions';

/** Props of {@link DutiesView}. */
export interface DutiesViewProps {
  governance: GovernanceStore;
  data: GovernanceData;
  /** The risks, for the check of what refers to a record before it is deleted. */
  risks: Risk[];
  onSaved: () => Promise<void>;
}

function useStatementText(data: GovernanceData) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  return (statement: DutyStatement) => {
    const party = partyLabel(data, statement.party, locale);
    const claim = statement.claim;
    const claimText =
      claim.kind === 'weDoIt'
        ? t('claimWeDoIt')
        : claim.kind === 'notUs'
          ? t('claimNotUs')
          : t('claimOther', { party: partyLabel(data, claim.party, locale) });
    return `${party}: ${claimText}`;
  };
}

/** Renders the flags first, because they need attention, then the duties. */
export function DutiesView({ governance, data, risks, onSaved }: DutiesViewProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const flags = governanceFlags(data);
  const statementText = useStatementText(data);

  return (
    <section className={styles.section} aria-labelledby="governance-duties">
      <h2 id="governance-duties" className={styles.heading}>
        {t('tabDuties')}
      </h2>
      <p className={styles.text}>{t('dutiesIntro')}</p>
      <h3 className={styles.subheading}>{t('flags')}</h3>
      {flags.length === 0 && <p className={styles.text}>{t('noFlags')}</p>}
      <ul className={styles.list} aria-label={t('flags')}>
        {flags.map((flag, index) => (
          <li key={`${flag.code}-${index}`}>
            <MessageBar intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{pickText(flag.message, locale)}</MessageBarTitle>{' '}
                {t('flagRecords', {
                  records: flag.records.map((ref) => recordName(data, ref, locale)).join(', '),
                })}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
      <h3 className={styles.subheading}>{t('duties')}</h3>
      <div className={styles.toolbar}>
        <DutyDialog governance={governance} data={data} onSaved={onSaved} />
        <AccessDialog governance={governance} data={data} onSaved={onSaved} />
        <DependencyDialog governance={governance} data={data} onSaved={onSaved} />
      </div>
      {data.duties.length === 0 ? (
        <p className={styles.text}>{t('noDuties')}</p>
      ) : (
        <Table aria-label={t('duties')} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('duty')}</TableHeaderCell>
              <TableHeaderCell>{t('statements')}</TableHeaderCell>
              <TableHeaderCell>{t('actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.duties.map((duty) => (
              <TableRow key={duty.key}>
                <TableCell>{pickText(dutyName(data, duty), locale)}</TableCell>
                <TableCell>{duty.statements.map(statementText).join('; ') || t('none')}</TableCell>
                <TableCell>
                  <RecordActions
                    edit={
                      <DutyDialog
                        governance={governance}
                        data={data}
                        onSaved={onSaved}
                        record={duty}
                      />
                    }
                    repository={governance.duties}
                    record={duty}
                    target={{ type: 'duty', key: duty.key }}
                    snapshot={{ data, risks }}
                    onSaved={onSaved}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AccessTables governance={governance} data={data} risks={risks} onSaved={onSaved} />
    </section>
  );
}
