/** The register as a table: title, domain, score, level, risk owner and status per risk. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { EditRegular, TaskListAddRegular } from '@fluentui/react-icons';
import type { Risk } from '../../../domain/model';
import { tryAssessRisk } from '../../../domain/riskScore';
import { useLocale, useMessages } from '../../i18n/messages';
import { domainLabel } from './domainLabel';
import { LevelBadge } from './LevelBadge';
import { riskMessages } from './messages';
import { STATUS_KEYS } from './riskLabels';
import { useRiskPageStyles } from './riskStyles';

/** Props of RiskTable. */
export interface RiskTableProps {
  risks: readonly Risk[];
  onEdit: (risk: Risk) => void;
  /** Starts an action linked to the risk. Without it, the button is hidden. */
  onAddAction?: (risk: Risk) => void;
}

/** Renders one row per risk, with the risk's title in each button's accessible name. */
export function RiskTable({ risks, onEdit, onAddAction }: RiskTableProps) {
  const t = useMessages(riskMessages);
  const locale = useLocale();
  const styles = useRiskPageStyles();
  return (
    <Table aria-label={t('tableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.titleColumn}>{t('columnTitle')}</TableHeaderCell>
          <TableHeaderCell>{t('columnDomain')}</TableHeaderCell>
          <TableHeaderCell>{t('columnScore')}</TableHeaderCell>
          <TableHeaderCell>{t('columnLevel')}</TableHeaderCell>
          <TableHeaderCell>{t('columnOwner')}</TableHeaderCell>
          <TableHeaderCell>{t('columnStatus')}</TableHeaderCell>
          <TableHeaderCell className={styles.actionsColumn}>{t('columnActions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {risks.map((risk) => {
          const assessment = tryAssessRisk(risk.likelihood, risk.impact);
          return (
            <TableRow key={risk.key}>
              <TableCell className={styles.titleCell}>{risk.title}</TableCell>
              <TableCell>{domainLabel(risk.domain, locale)}</TableCell>
              <TableCell>{assessment?.score ?? '–'}</TableCell>
              <TableCell>{assessment && <LevelBadge level={assessment.level} />}</TableCell>
              <TableCell>{risk.riskOwner?.displayName ?? t('noOwner')}</TableCell>
              <TableCell>{t(STATUS_KEYS[risk.status] ?? 'statusOpen')}</TableCell>
              <TableCell>
                <div className={styles.rowButtons}>
                  <Button
                    size="small"
                    icon={<EditRegular />}
                    aria-label={t('editRiskLabel', { title: risk.title })}
                    onClick={() => onEdit(risk)}
                  >
                    {t('edit')}
                  </Button>
                  {onAddAction && (
                    <Button
                      size="small"
                      icon={<TaskListAddRegular />}
                      aria-label={t('addActionLabel', { title: risk.title })}
                      onClick={() => onAddAction(risk)}
                    >
                      {t('addAction')}
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
