/** The Beheersing page: controls, the gap view, the ownership check and the analysis conditions. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AnalysisEvidence } from '../../../domain/analysisConditions';
import type { Control } from '../../../domain/model';
import type { OwnershipIssue } from '../../../domain/ownership';
import { useLocale, useMessages } from '../../i18n/messages';
import { toDateOnly } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { AnalysisQualityView } from '../analysis-quality/AnalysisQualityView';
import { OwnershipView } from '../ownership/OwnershipView';
import { controlTitle } from './controlLabels';
import { useControlStyles } from './controlStyles';
import { GapView } from './GapView';
import { MeasuresView } from './MeasuresView';
import { controlMessages } from './messages';
import { findTarget, RecordEditor, type EditTarget } from './RecordEditor';
import { useControlsData, type ControlsData } from './useControlsData';

type ViewId = 'measures' | 'gaps' | 'ownership' | 'analysis';

const VIEWS: {
  id: ViewId;
  label: 'viewMeasures' | 'viewGaps' | 'viewOwnership' | 'viewAnalysis';
}[] = [
  { id: 'measures', label: 'viewMeasures' },
  { id: 'gaps', label: 'viewGaps' },
  { id: 'ownership', label: 'viewOwnership' },
  { id: 'analysis', label: 'viewAnalysis' },
];

function useEvidence(data: ControlsData): AnalysisEvidence {
  const { risks, actions, answers, settings } = data;
  return useMemo(
    () => ({ today: toDateOnly(), risks, actions, answers, targetDate: settings?.targetDate }),
    [risks, actions, answers, settings],
  );
}

function CurrentView({
  view,
  data,
  edit,
}: {
  view: ViewId;
  data: ControlsData;
  edit: (target: EditTarget) => void;
}) {
  const { members } = useSession();
  const locale = useLocale();
  const evidence = useEvidence(data);
  const editControl = (record: Control) => edit({ kind: 'control', record });
  const titleOf = (issue: OwnershipIssue) => {
    const control = issue.record === 'control' && data.controls.find((c) => c.key === issue.key);
    return control ? controlTitle(control, locale) : issue.title;
  };

  if (view === 'measures' && data.repository) {
    return <MeasuresView data={data} repository={data.repository} onEdit={editControl} />;
  }
  if (view === 'gaps') return <GapView data={data} onEdit={editControl} />;
  if (view === 'ownership') {
    return (
      <OwnershipView
        risks={data.risks}
        actions={data.actions}
        controls={data.controls}
        members={members}
        titleOf={titleOf}
        onOpen={(kind, key) => {
          const target = findTarget(data, kind, key);
          if (target) edit(target);
        }}
      />
    );
  }
  return <AnalysisQualityView evidence={evidence} />;
}

/** Renders the page with its four views; an editor opens over any of them. */
export function ControlsPage() {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const styles = useControlStyles();
  const data = useControlsData();
  const [view, setView] = useState<ViewId>('measures');
  const [editing, setEditing] = useState<EditTarget>();

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t('pageTitle')}</h1>
      <p className={styles.heading}>{t('pageIntro')}</p>
      <TabList
        aria-label={t('viewsLabel')}
        selectedValue={view}
        onTabSelect={(_, tab) => setView(tab.value as ViewId)}
      >
        {VIEWS.map((item) => (
          <Tab key={item.id} value={item.id}>
            {t(item.label)}
          </Tab>
        ))}
      </TabList>
      {data.status === 'noList' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('noControlsList')}</MessageBarBody>
        </MessageBar>
      )}
      {data.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(data.error, locale)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void data.reload()}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {data.status === 'loading' && <Spinner label={t('loading')} />}
      {data.status === 'ready' && <CurrentView view={view} data={data} edit={setEditing} />}
      {editing && (
        <RecordEditor target={editing} data={data} onClose={() => setEditing(undefined)} />
      )}
    </div>
  );
}
