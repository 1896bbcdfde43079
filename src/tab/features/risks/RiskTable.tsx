/** The register as a table: title, domain, scores before and after controls, owner, status, review. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { EditRegular, OpenRegular, TaskListAddRegular } from '@fluentui/react-icons';
import type { RiskDomainId } from '../../../content/model';
import type { DateOnly, Risk } from '../../../domain/model';
import { reviewOverdue } from '../../../domain/reviewDates';
import { assessView, currentAssessment } from '../../../domain/riskScore';
import { depthMessages } from './depthMessages';
import { TopDomainMark } from './TopDomainMark';
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
  /** Opens the risk page. Without it, the button is hidden. */
  onOpen?: (risk: Risk) => void;
  topDomains?: readonly RiskDomainId[];
  today: DateOnly;
}

/** Renders one row per risk, with the risk's title in each button's accessible name. */
export function RiskTable(props: RiskTableProps) {
  const { risks, onEdit, onAddAction, onOpen, topDomains = [], today } = props;
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const locale = useLocale();
  const styles = useRiskPageStyles();
  return (
    <Table aria-label={t('tableLabel')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.titleColumn}>{t('columnTitle')}</TableHeaderCell>
          <TableHeaderCell className={styles.domainColumn}>{t('columnDomain')}</TableHeaderCell>
          <TableHeaderCell>{t('columnScore')}</TableHeaderCell>
          <TableHeaderCell>{d('columnResidual')}</TableHeaderCell>
          <TableHeaderCell>{t('columnLevel')}</TableHeaderCell>
          <TableHeaderCell>{t('columnOwner')}</TableHeaderCell>
          <TableHeaderCell>{t('columnStatus')}</TableHeaderCell>
          <TableHeaderCell>{d('fieldNextReview')}</TableHeaderCell>
          <TableHeaderCell className={styles.actionsColumn}>{t('columnActions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {risks.map((risk) => {
          const before = assessView(risk, 'inherent');
          const after = assessView(risk, 'residual');
          const current = currentAssessment(risk);
          const isTop = topDomains.includes(risk.domain);
          return (
            <TableRow key={risk.key}>
              <TableCell className={styles.titleCell}>
                {risk.title}
                {isTop && (
                  <>
                    {' '}
                    <TopDomainMark />
                  </>
                )}
              </TableCell>
              <TableCell className={styles.wrapCell}>{domainLabel(risk.domain, locale)}</TableCell>
              <TableCell>{before?.score ?? '–'}</TableCell>
              <TableCell>{after?.score ?? '–'}</TableCell>
              <TableCell>{current && <LevelBadge level={current.level} />}</TableCell>
              <TableCell>{risk.riskOwner?.displayName ?? t('noOwner')}</TableCell>
              <TableCell>{t(STATUS_KEYS[risk.status] ?? 'statusOpen')}</TableCell>
              <TableCell>
                {risk.nextReview ?? d('noDate')}
                {reviewOverdue(risk, today) && ` (${d('overdueMark')})`}
              </TableCell>
              <TableCell>
                <div className={styles.rowButtons}>
                  {onOpen && (
                    <Button
                      size="small"
                      icon={<OpenRegular />}
                      aria-label={d('openRiskLabel', { title: risk.title })}
                      onClick={() => onOpen(risk)}
                    >
                      {d('open')}
                    </Button>
                  )}
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
