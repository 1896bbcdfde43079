/** The Risico's page: the register or its heat map, the risk page, and the dialogs that edit risks. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Title2,
} from '@fluentui/react-components';
import { AddRegular, LibraryRegular, StarRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { Action, DateOnly, Risk } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { toDateOnly } from '../../shell/dates';
import { useSession } from '../../shell/StoreContext';
import { actionDraftForRisk } from '../actions/actionDraft';
import { ActionEditorDialog } from '../actions/ActionEditorDialog';
import { actionMessages } from '../actions/messages';
import { CataloguePicker } from './CataloguePicker';
import { draftFromCatalogue } from './catalogueDraft';
import { depthMessages } from './depthMessages';
import { HeatMap } from './HeatMap';
import { riskMessages } from './messages';
import { RiskSettingsButton } from './settings/RiskSettingsButton';
import { RegisterBody } from './RegisterBody';
import { RiskDetailDialog } from './RiskDetailDialog';
import { newRiskDraft, type RiskDraft } from './riskDraft';
import { RiskEditorDialog } from './RiskEditorDialog';
import { filterRisks, NO_FILTER, type RiskFilter } from './riskFilter';
import { RiskFilters } from './RiskFilters';
import { useRiskPageStyles } from './riskStyles';
import { ScaleLabelsContext } from './scaleLabels';
import { TopDomainsPicker } from './TopDomainsPicker';
import { useRiskContext } from './useRiskContext';
import { useRiskRegister } from './useRiskRegister';

/** Props of RisksPage. */
export interface RisksPageProps {
  /** Today's date; tests pin it. */
  today?: DateOnly;
}

/** Shows the team's risk register as the "Risico's" page. */
export function RisksPage({ today = toDateOnly(new Date()) }: RisksPageProps) {
  const t = useMessages(riskMessages);
  const d = useMessages(depthMessages);
  const styles = useRiskPageStyles();
  const { store, members } = useSession();
  const register = useRiskRegister(store.risks);
  const context = useRiskContext(store);
  const [filter, setFilter] = useState<RiskFilter>(NO_FILTER);
  const [view, setView] = useState<'register' | 'heatMap'>('register');
  const [choosingTop, setChoosingTop] = useState(false);
  const locale = useLocale();
  const [editing, setEditing] = useState<RiskDraft>();
  const [detailKey, setDetailKey] = useState<string>();
  const [picking, setPicking] = useState(false);
  const [actionDraft, setActionDraft] = useState<Action>();
  const [savedAction, setSavedAction] = useState<Action>();
  const tAction = useMessages(actionMessages);
  const titleId = useId();
  const shown = useMemo(
    () => filterRisks(register.risks, filter, today),
    [register.risks, filter, today],
  );
  const detail = register.risks.find((risk) => risk.key === detailKey);
  const fromCatalogue = useMemo(
    () =>
      new Set(
        register.risks.flatMap((risk) =>
          risk.origin === 'catalogue' && risk.originRef ? [risk.originRef] : [],
        ),
      ),
    [register.risks],
  );

  // Undefined means the user kept the stored version after a conflict, so the list is read again.
  function finishEditing(saved: Risk | undefined) {
    setEditing(undefined);
    if (saved) register.put(saved);
    else void register.reload();
  }

  const open = (risk: Risk) => setDetailKey(risk.key);

  return (
    <ScaleLabelsContext.Provider value={context.settings?.levelLabels}>
      <section className={styles.page} aria-labelledby={titleId}>
        <Title2 as="h2" id={titleId} className={styles.heading}>
          {t('pageTitle')}
        </Title2>
        <Text>{t('pageIntro')}</Text>
        <div className={styles.toolbar}>
          <RiskFilters filter={filter} onChange={setFilter} members={members} />
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => setEditing(newRiskDraft())}
            >
              {t('addRisk')}
            </Button>
            <Button icon={<LibraryRegular />} onClick={() => setPicking(true)}>
              {t('addFromCatalogue')}
            </Button>
            <Button
              icon={<StarRegular />}
              aria-expanded={choosingTop}
              onClick={() => setChoosingTop((shownNow) => !shownNow)}
            >
              {d('topDomainsEdit')}
            </Button>
            <RiskSettingsButton store={store} context={context} register={register} />
          </div>
        </div>
        {choosingTop && (
          <TopDomainsPicker
            settings={store.settings}
            current={context.settings}
            onSaved={context.putSettings}
          />
        )}
        {/* A radio group, not a TabList: a TabList left the next dialog aria-hidden after the
          catalogue picker handed over to the editor. */}
        <RadioGroup
          layout="horizontal"
          aria-label={d('viewLabel')}
          value={view}
          onChange={(_, data) => setView(data.value as 'register' | 'heatMap')}
        >
          <Radio value="register" label={d('viewRegister')} />
          <Radio value="heatMap" label={d('viewHeatMap')} />
        </RadioGroup>
        {view === 'heatMap' ? (
          <HeatMap risks={shown} topDomains={context.topDomains} onOpen={open} />
        ) : (
          <RegisterBody
            status={register.status}
            total={register.risks.length}
            shown={shown}
            onRetry={() => void register.reload()}
            onEdit={setEditing}
            onOpen={open}
            topDomains={context.topDomains}
            today={today}
            onAddAction={(risk) => {
              setSavedAction(undefined);
              setActionDraft(actionDraftForRisk(risk));
            }}
          />
        )}
        {savedAction && (
          <MessageBar intent="success">
            <MessageBarBody>
              {tAction('savedFromRisk', { title: savedAction.title })}
            </MessageBarBody>
          </MessageBar>
        )}
        {picking && (
          <CataloguePicker
            inRegister={fromCatalogue}
            onClose={() => setPicking(false)}
            onPick={(risk) => {
              setPicking(false);
              setEditing(draftFromCatalogue(risk, locale));
            }}
          />
        )}
        {actionDraft && (
          <ActionEditorDialog
            initial={actionDraft}
            repository={store.actions}
            members={members}
            risks={register.risks}
            onDone={(saved) => {
              setActionDraft(undefined);
              setSavedAction(saved);
            }}
            onCancel={() => setActionDraft(undefined)}
          />
        )}
        {detail && !editing && (
          <RiskDetailDialog
            risk={detail}
            repository={store.risks}
            controls={context.controls}
            actions={context.actions}
            today={today}
            cycles={context.cycles}
            onSaved={register.put}
            onEdit={setEditing}
            onClose={() => setDetailKey(undefined)}
          />
        )}
        {editing && (
          <RiskEditorDialog
            initial={editing}
            repository={store.risks}
            members={members}
            today={today}
            cycles={context.cycles}
            onDone={finishEditing}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </section>
    </ScaleLabelsContext.Provider>
  );
}
