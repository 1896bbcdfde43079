/** The Risico's page: the register with its filters, and the dialogs that add and edit risks. */
import { Button, MessageBar, MessageBarBody, Text, Title2 } from '@fluentui/react-components';
import { AddRegular, LibraryRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { Action, Risk } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { actionDraftForRisk } from '../actions/actionDraft';
import { ActionEditorDialog } from '../actions/ActionEditorDialog';
import { actionMessages } from '../actions/messages';
import { CataloguePicker } from './CataloguePicker';
import { draftFromCatalogue } from './catalogueDraft';
import { riskMessages } from './messages';
import { RegisterBody } from './RegisterBody';
import { newRiskDraft, type RiskDraft } from './riskDraft';
import { RiskEditorDialog } from './RiskEditorDialog';
import { filterRisks, NO_FILTER, type RiskFilter } from './riskFilter';
import { RiskFilters } from './RiskFilters';
import { useRiskPageStyles } from './riskStyles';
import { useRiskRegister } from './useRiskRegister';

/** Shows the team's risk register as the "Risico's" page. */
export function RisksPage() {
  const t = useMessages(riskMessages);
  const styles = useRiskPageStyles();
  const { store, members } = useSession();
  const register = useRiskRegister(store.risks);
  const [filter, setFilter] = useState<RiskFilter>(NO_FILTER);
  const locale = useLocale();
  const [editing, setEditing] = useState<RiskDraft>();
  const [picking, setPicking] = useState(false);
  const [actionDraft, setActionDraft] = useState<Action>();
  const [savedAction, setSavedAction] = useState<Action>();
  const tAction = useMessages(actionMessages);
  const titleId = useId();
  const shown = useMemo(() => filterRisks(register.risks, filter), [register.risks, filter]);
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

  return (
    <section className={styles.page} aria-labelledby={titleId}>
      <Title2 as="h2" id={titleId} className={styles.heading}>
        {t('pageTitle')}
      </Title2>
      <Text>{t('pageIntro')}</Text>
      <div className={styles.toolbar}>
        <RiskFilters filter={filter} onChange={setFilter} />
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
        </div>
      </div>
      <RegisterBody
        status={register.status}
        total={register.risks.length}
        shown={shown}
        onRetry={() => void register.reload()}
        onEdit={setEditing}
        onAddAction={(risk) => {
          setSavedAction(undefined);
          setActionDraft(actionDraftForRisk(risk));
        }}
      />
      {savedAction && (
        <MessageBar intent="success">
          <MessageBarBody>{tAction('savedFromRisk', { title: savedAction.title })}</MessageBarBody>
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
      {editing && (
        <RiskEditorDialog
          initial={editing}
          repository={store.risks}
          members={members}
          onDone={finishEditing}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
