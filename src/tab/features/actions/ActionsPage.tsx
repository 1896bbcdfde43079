/** The Actieplan page: the plan's goal, Planner sync and the actions grouped by MoSCoW class. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { moscowClasses } from '../../../content/moscow';
import type { Action } from '../../../domain/model';
import { toDateOnly } from '../../../domain/planState';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { newActionDraft } from './actionDraft';
import { ActionEditorDialog } from './ActionEditorDialog';
import { useActionPageStyles } from './actionStyles';
import { actionMessages } from './messages';
import { MoscowGroup } from './MoscowGroup';
import { PlanGoal } from './PlanGoal';
import { PlannerPanel } from './PlannerPanel';
import { useActionPlan } from './useActionPlan';
import { useAwaitingPush } from './useAwaitingPush';
import { usePlannerSync, usePullOnOpen } from './usePlannerSync';

/** Props of ActionsPage. */
export interface ActionsPageProps {
  /** Today's date, which tests pin. Default: the local calendar date. */
  today?: string;
}

/** Shows the team's action plan and pulls Planner's changes once when it opens. */
export function ActionsPage({ today = toDateOnly(new Date()) }: ActionsPageProps) {
  const t = useMessages(actionMessages);
  const styles = useActionPageStyles();
  const titleId = useId();
  const { store, members } = useSession();
  const plan = useActionPlan(store);
  const awaiting = useAwaitingPush();
  const sync = usePlannerSync(store.planner, plan.actions, plan.putActions, awaiting);
  const [editing, setEditing] = useState<Action>();
  usePullOnOpen(plan.status === 'ready', sync.pull);

  function finishEditing(saved: Action | undefined) {
    if (editing && saved) awaiting.edited(editing, saved);
    setEditing(undefined);
    if (saved) plan.putActions([saved]);
    else void plan.reload();
  }

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId} className={styles.heading}>
        {t('pageTitle')}
      </Title2>
      <Text>{t('pageIntro')}</Text>
      {plan.status === 'loading' && <Spinner label={t('loading')} />}
      {plan.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('loadFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void plan.reload()}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {plan.status === 'ready' && (
        <>
          <PlanGoal
            actions={plan.actions}
            settings={plan.settings}
            today={today}
            onSaveSettings={(settings) => store.settings.save(settings)}
            onSettingsSaved={plan.setSettings}
          />
          <PlannerPanel
            sync={sync}
            deleted={plan.actions.filter((action) => action.plannerTaskDeleted)}
          />
          <div>
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => setEditing(newActionDraft())}
            >
              {t('addAction')}
            </Button>
          </div>
          {moscowClasses.map((definition) => (
            <MoscowGroup
              key={definition.id}
              definition={definition}
              actions={plan.actions.filter((action) => action.moscow === definition.id)}
              risks={plan.risks}
              awaitingPush={sync.awaitingPush}
              onEdit={setEditing}
            />
          ))}
        </>
      )}
      {editing && (
        <ActionEditorDialog
          initial={editing}
          repository={store.actions}
          members={members}
          risks={plan.risks}
          onDone={finishEditing}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
