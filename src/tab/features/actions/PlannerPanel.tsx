/** The "Naar Planner" and "Vernieuwen" buttons with the progress bar and what the last sync did. */
import { Button, Field, ProgressBar, Text, Title3 } from '@fluentui/react-components';
import { ArrowSyncRegular, CloudArrowUpRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Action } from '../../../domain/model';
import type { Progress } from '../../../graph/store';
import { useMessages } from '../../i18n/messages';
import { useActionPageStyles } from './actionStyles';
import { actionMessages, type ActionMessageKey } from './messages';
import { RecreateDialog } from './RecreateDialog';
import { SyncResults } from './SyncResults';
import type { PlannerSyncState } from './usePlannerSync';

const STEP_KEYS: Record<string, ActionMessageKey> = {
  'planner.plan': 'stepPlan',
  'planner.tasks': 'stepTasks',
  'planner.save': 'stepSave',
  'planner.done': 'stepDone',
};

/** Props of PlannerPanel. */
export interface PlannerPanelProps {
  sync: PlannerSyncState;
  /** Actions whose task was deleted in Planner. */
  deleted: readonly Action[];
}

function ProgressField({ progress }: { progress: Progress }) {
  const t = useMessages(actionMessages);
  const step = t(STEP_KEYS[progress.step] ?? 'stepOther');
  return (
    <Field
      label={t('progressLabel')}
      hint={t('progressStep', { done: progress.done, total: progress.total, step })}
    >
      <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
    </Field>
  );
}

/** Renders the Planner section, where recreating deleted tasks always goes through a confirm dialog. */
export function PlannerPanel({ sync, deleted }: PlannerPanelProps) {
  const t = useMessages(actionMessages);
  const styles = useActionPageStyles();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const busy = sync.busy !== undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Title3 as="h3" id={headingId} className={styles.heading}>
        {t('plannerTitle')}
      </Title3>
      <Text>{t('plannerIntro')}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<CloudArrowUpRegular />}
          disabledFocusable={busy}
          onClick={() => void sync.push()}
        >
          {t('push')}
        </Button>
        <Button
          icon={<ArrowSyncRegular />}
          disabledFocusable={busy}
          onClick={() => void sync.pull()}
        >
          {t('pull')}
        </Button>
        {deleted.length > 0 && (
          <Button disabledFocusable={busy} onClick={() => setConfirming(true)}>
            {t('recreateButton')}
          </Button>
        )}
      </div>
      {sync.busy === 'push' && sync.progress && <ProgressField progress={sync.progress} />}
      {sync.busy === 'pull' && <Text>{t('pulling')}</Text>}
      <SyncResults sync={sync} deletedCount={deleted.length} />
      {confirming && (
        <RecreateDialog
          actions={deleted}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void sync.push(deleted.map((action) => action.key));
          }}
        />
      )}
    </section>
  );
}
