/** One MoSCoW class of the plan: its meaning and a table of its actions. */
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { MoscowDefinition } from '../../../content/model';
import type { Action, Risk } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { useActionPageStyles } from './actionStyles';
import { actionMessages } from './messages';
import { PLANNER_STATE_KEYS, plannerStateOf } from './plannerState';

/** Props of MoscowGroup. */
export interface MoscowGroupProps {
  definition: MoscowDefinition;
  actions: readonly Action[];
  risks: readonly Risk[];
  onEdit: (action: Action) => void;
}

const PLANNER_BADGE = {
  notPushed: 'informative',
  inPlanner: 'brand',
  doneInPlanner: 'success',
  deletedInPlanner: 'danger',
} as const;

/** Renders the class as a headed section that marks a Won't action's owner and due date as unused. */
export function MoscowGroup({ definition, actions, risks, onEdit }: MoscowGroupProps) {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  const styles = useActionPageStyles();
  const headingId = useId();
  const label = pickText(definition.label, locale);
  const wont = definition.id === 'wont';
  const riskTitle = (action: Action) =>
    risks.find((risk) => risk.key === action.riskKey)?.title ?? t('noRisk');
  const unused = (text: string) =>
    wont ? <span className={styles.unused}>{`${text} (${t('notUsedInPlanner')})`}</span> : text;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.groupHeading}>
        {`${label} (${actions.length})`}
      </h3>
      <Text className={styles.meaning}>{pickText(definition.meaning, locale)}</Text>
      {wont && <Text>{t('wontNote')}</Text>}
      {actions.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table aria-label={t('tableLabel', { moscow: label })} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('columnTitle')}</TableHeaderCell>
              <TableHeaderCell>{t('columnRisk')}</TableHeaderCell>
              <TableHeaderCell>{t('columnOwner')}</TableHeaderCell>
              <TableHeaderCell>{t('columnDue')}</TableHeaderCell>
              <TableHeaderCell>{t('columnStatus')}</TableHeaderCell>
              <TableHeaderCell>{t('columnPlanner')}</TableHeaderCell>
              <TableHeaderCell>{t('columnEdit')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {actions.map((action) => {
              const planner = plannerStateOf(action);
              return (
                <TableRow key={action.key}>
                  <TableCell className={styles.titleCell}>{action.title}</TableCell>
                  <TableCell className={styles.titleCell}>{riskTitle(action)}</TableCell>
                  <TableCell>{unused(action.owner?.displayName ?? t('noOwner'))}</TableCell>
                  <TableCell>
                    {unused(action.dueDate ? formatDate(action.dueDate, locale) : t('noDue'))}
                  </TableCell>
                  <TableCell>{t(action.status === 'done' ? 'statusDone' : 'statusOpen')}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={PLANNER_BADGE[planner]}>
                      {t(PLANNER_STATE_KEYS[planner])}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    <Button
                      icon={<EditRegular />}
                      aria-label={t('editLabel', { title: action.title })}
                      onClick={() => onEdit(action)}
                    >
                      {t('edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
