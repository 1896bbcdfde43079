/** The personal tab "Mijn acties": the user's Planner tasks from Risicoradar's plans. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { MyTask } from '../../../graph';
import { plannerTaskUrl } from '../../../graph/teamsTasks';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import type { GraphSession } from '../../shell/graphSession';
import { myActionsMessages } from './messages';
import { useMyTasks } from './useMyTasks';

/** Props of the personal tab. */
export interface MyActionsPageProps {
  graph: GraphSession;
  tenantId?: string;
}

function progressText(
  task: MyTask,
  t: (key: 'done' | 'started' | 'notStarted', p?: Record<string, number>) => string,
) {
  if (task.percentComplete >= 100) return t('done');
  if (task.percentComplete > 0) return t('started', { percent: task.percentComplete });
  return t('notStarted');
}

/** Renders the task table. */
export function MyActionsPage({ graph, tenantId }: MyActionsPageProps) {
  const t = useMessages(myActionsMessages);
  const locale = useLocale();
  const state = useMyTasks(graph);

  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {state.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('failed')} {describeError(state.error, locale)}{' '}
            <Button size="small" onClick={state.retry}>
              {t('retry')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {!state.tasks && state.error === undefined && <Spinner label={t('loading')} />}
      {state.tasks?.length === 0 && <p>{t('empty')}</p>}
      {state.tasks && state.tasks.length > 0 && (
        <Table aria-label={t('tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('columnTitle')}</TableHeaderCell>
              <TableHeaderCell>{t('columnDue')}</TableHeaderCell>
              <TableHeaderCell>{t('columnState')}</TableHeaderCell>
              <TableHeaderCell>{t('columnLink')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.tasks.map((task) => (
              <TableRow key={task.id}>
                <TableCell>{task.title}</TableCell>
                <TableCell>
                  {task.dueDate ? formatDate(task.dueDate, locale) : t('noDue')}
                </TableCell>
                <TableCell>{progressText(task, t)}</TableCell>
                <TableCell>
                  <a
                    href={plannerTaskUrl(tenantId ?? 'organizations', task.id)}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={t('openTaskLabel', { title: task.title })}
                  >
                    {t('openTask')}
                  </a>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
