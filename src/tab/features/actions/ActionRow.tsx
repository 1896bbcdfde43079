/** One action as a table row, which stacks into a labelled card at narrow widths. */
import { Badge, Button, TableCell, TableRow, mergeClasses } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Action } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { useActionPageStyles, useStackedTableStyles } from './actionStyles';
import { actionMessages, type ActionMessageKey } from './messages';
import { PLANNER_STATE_KEYS, plannerStateOf, type PlannerState } from './plannerState';

const PLANNER_BADGE: Record<
  PlannerState,
  'informative' | 'brand' | 'warning' | 'success' | 'danger'
> = {
  notPushed: 'informative',
  awaitingPush: 'warning',
  inPlanner: 'brand',
  progressInPlanner: 'brand',
  doneInPlanner: 'success',
  deletedInPlanner: 'danger',
};

/** Props of ActionRow. */
export interface ActionRowProps {
  action: Action;
  riskTitle: string;
  wont: boolean;
  /** True when the action holds a change that the next push sends to Planner. */
  awaitingPush: boolean;
  onEdit: (action: Action) => void;
}

function statusKey(action: Action): ActionMessageKey {
  if (action.status === 'done') return 'statusDone';
  return action.percentComplete > 0 ? 'statusProgress' : 'statusOpen';
}

/** Renders the row; a Won't action's owner and due date are marked as unused in Planner. */
export function ActionRow({ action, riskTitle, wont, awaitingPush, onEdit }: ActionRowProps) {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  const styles = useActionPageStyles();
  const stacked = useStackedTableStyles();
  const planner = plannerStateOf(action, awaitingPush);
  const percent = action.percentComplete;
  const unused = (text: string) =>
    wont ? <span className={styles.unused}>{`${text} (${t('notUsedInPlanner')})`}</span> : text;
  const cell = (label: ActionMessageKey, content: ReactNode, className?: string) => (
    <TableCell data-label={t(label)} className={mergeClasses(stacked.cell, className)}>
      {content}
    </TableCell>
  );

  return (
    <TableRow className={stacked.row}>
      {cell('columnTitle', action.title, styles.titleCell)}
      {cell('columnRisk', riskTitle, styles.titleCell)}
      {cell('columnOwner', unused(action.owner?.displayName ?? t('noOwner')))}
      {cell('columnDue', unused(action.dueDate ? formatDate(action.dueDate, locale) : t('noDue')))}
      {cell('columnStatus', t(statusKey(action), { percent }))}
      {cell(
        'columnPlanner',
        <Badge appearance="tint" color={PLANNER_BADGE[planner]} className={styles.badge}>
          {t(PLANNER_STATE_KEYS[planner], { percent })}
        </Badge>,
      )}
      {cell(
        'columnEdit',
        <Button
          icon={<EditRegular />}
          aria-label={t('editLabel', { title: action.title })}
          onClick={() => onEdit(action)}
        >
          {t('edit')}
        </Button>,
      )}
    </TableRow>
  );
}
