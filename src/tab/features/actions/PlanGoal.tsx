/** The plan's target date and, in plain words, whether the Must-haves make it by then. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Title3,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Action, DateOnly, PlanSettings } from '../../../domain/model';
import { planState, type PlanState } from '../../../domain/planState';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { useActionPageStyles } from './actionStyles';
import { actionMessages } from './messages';

/** Props of PlanGoal. */
export interface PlanGoalProps {
  actions: readonly Action[];
  settings?: PlanSettings;
  today: DateOnly;
  onSaveSettings: (settings: PlanSettings) => Promise<PlanSettings>;
  onSettingsSaved: (settings: PlanSettings) => void;
}

const INTENTS: Record<PlanState['state'], MessageBarIntent> = {
  noTarget: 'info',
  noMusts: 'info',
  reached: 'success',
  onTrack: 'success',
  atRisk: 'warning',
  missed: 'error',
};

function useGoalText() {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  return (plan: PlanState) => {
    const target = plan.targetDate ? formatDate(plan.targetDate, locale) : '';
    const count = plan.blockingMusts.length;
    switch (plan.state) {
      case 'noTarget':
        return t('goalNoTarget');
      case 'noMusts':
        return t('goalNoMusts');
      case 'reached':
        return t('goalReached', { total: plan.mustTotal });
      case 'onTrack':
        return t('goalOnTrack', { done: plan.mustDone, total: plan.mustTotal, target });
      case 'atRisk':
        return t('goalAtRisk', { count, target });
      case 'missed':
        return t('goalMissed', { count, target });
    }
  };
}

/** Shows the goal's state with the actions behind it, and lets the user set the target date. */
export function PlanGoal({
  actions,
  settings,
  today,
  onSaveSettings,
  onSettingsSaved,
}: PlanGoalProps) {
  const t = useMessages(actionMessages);
  const locale = useLocale();
  const styles = useActionPageStyles();
  const goalText = useGoalText();
  const headingId = useId();
  const [target, setTarget] = useState(settings?.targetDate ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const plan = planState(actions, settings?.targetDate, today);
  const blocking = plan.blockingMusts.map((action) => action.title).join(', ');

  async function saveTarget() {
    setSaving(true);
    setError(undefined);
    try {
      const base = settings ?? { key: 'plan' };
      onSettingsSaved(await onSaveSettings({ ...base, targetDate: target || undefined }));
    } catch (caught) {
      console.error('[actions] saving the target date failed', caught);
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Title3 as="h3" id={headingId} className={styles.heading}>
        {t('goalTitle')}
      </Title3>
      <div className={styles.row}>
        <Field label={t('targetLabel')} hint={t('targetHint')}>
          <Input type="date" value={target} onChange={(_, data) => setTarget(data.value)} />
        </Field>
        <Button
          disabledFocusable={saving || target === (settings?.targetDate ?? '')}
          onClick={() => void saveTarget()}
        >
          {t('targetSave')}
        </Button>
      </div>
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('targetFailed')} {describeError(error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={INTENTS[plan.state]}>
        <MessageBarBody>
          {goalText(plan)}
          {blocking && ` ${t('goalBlocking', { titles: blocking })}`}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
