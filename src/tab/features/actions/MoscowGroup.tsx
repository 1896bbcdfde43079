/** One MoSCoW class of the plan: its meaning and a table of its actions. */
import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { MoscowDefinition } from '../../../content/model';
import type { Action, Risk } from '../../../domain/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { ActionRow } from './ActionRow';
import { useActionPageStyles, useStackedTableStyles } from './actionStyles';
import { actionMessages, type ActionMessageKey } from './messages';

/** Props of MoscowGroup. */
export interface MoscowGroupProps {
  definition: MoscowDefinition;
  actions: readonly Action[];
  risks: readonly Risk[];
  /** Keys of actions that hold a change the next push sends to Planner. */
  awaitingPush: ReadonlySet<string>;
  onEdit: (action: Action) => void;
}

const COLUMNS: ActionMessageKey[] = [
  'columnTitle',
  'columnRisk',
  'columnOwner',
  'columnDue',
  'columnStatus',
  'columnPlanner',
  'columnEdit',
];

/** Renders the class as a headed section that marks a Won't action's owner and due date as unused. */
export function MoscowGroup({
  definition,
  actions,
  risks,
  awaitingPush,
  onEdit,
}: MoscowGroupProps) {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  const styles = useActionPageStyles();
  const stacked = useStackedTableStyles();
  const headingId = useId();
  const label = pickText(definition.label, locale);
  const wont = definition.id === 'wont';
  const riskTitle = (action: Action) =>
    risks.find((risk) => risk.key === action.riskKey)?.title ?? t('noRisk');

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
        <Table
          aria-label={t('tableLabel', { moscow: label })}
          size="small"
          className={stacked.table}
        >
          <TableHeader className={stacked.header}>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell key={column}>{t(column)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody className={stacked.body}>
            {actions.map((action) => (
              <ActionRow
                key={action.key}
                action={action}
                riskTitle={riskTitle(action)}
                wont={wont}
                awaitingPush={awaitingPush.has(action.key)}
                onEdit={onEdit}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
