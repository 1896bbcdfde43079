/** Contracts whose end or notice date falls within 30, 90 or 180 days, each one click from Planner. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  EXPIRY_WINDOWS,
  expiryWindows,
  type ContractDeadline,
  type ExpiryWindow,
} from '../../../domain/governance/expiry';
import type { Contract } from '../../../domain/governance/model';
import type { Action } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate, toDateOnly } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { contractActionKey, planContractAction } from './contractAction';
import { useGovernanceStyles } from './governanceStyles';
import { partyLabel } from './labels';
import { governanceMessages } from './messages';
import type { GovernanceSnapshot } from './useGovernance';

type PlanState = { busy: true } | { error: unknown } | { partly: true };

/** Props of {@link ExpiryView}. */
export interface ExpiryViewProps {
  snapshot: GovernanceSnapshot;
  onSaved: () => Promise<void>;
}

function isPlanned(actions: Action[], contract: Contract, deadline: ContractDeadline): boolean {
  const action = actions.find((entry) => entry.key === contractActionKey(contract, deadline.date));
  return action?.plannerTaskId !== undefined;
}

/** Lists the deadlines of the chosen window, soonest first. */
export function ExpiryView({ snapshot, onSaved }: ExpiryViewProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const { store } = useSession();
  const [window, setWindow] = useState<ExpiryWindow>(30);
  const [states, setStates] = useState<Record<string, PlanState>>({});
  const today = toDateOnly();
  const { data, actions } = snapshot;
  const deadlines = expiryWindows(data.contracts, today)[window];

  const plan = async (contract: Contract) => {
    setStates((current) => ({ ...current, [contract.key]: { busy: true } }));
    try {
      const result = await planContractAction(store, contract, today, locale);
      const failed = result?.push.failures.some((entry) => entry.actionKey === result.action.key);
      setStates((current) => {
        const rest = Object.fromEntries(
          Object.entries(current).filter(([key]) => key !== contract.key),
        );
        return failed ? { ...rest, [contract.key]: { partly: true } } : rest;
      });
      await onSaved();
    } catch (error) {
      console.error('[governance] planning a contract action failed', error);
      setStates((current) => ({ ...current, [contract.key]: { error } }));
    }
  };

  return (
    <section className={styles.section} aria-labelledby="governance-expiry">
      <h2 id="governance-expiry" className={styles.heading}>
        {t('tabExpiry')}
      </h2>
      <p className={styles.text}>{t('expiryIntro')}</p>
      <TabList
        selectedValue={String(window)}
        onTabSelect={(_, value) => setWindow(Number(value.value) as ExpiryWindow)}
        aria-label={t('tabExpiry')}
      >
        {EXPIRY_WINDOWS.map((days) => (
          <Tab key={days} value={String(days)}>
            {t('expiryWindow', { days })}
          </Tab>
        ))}
      </TabList>
      {deadlines.length === 0 && (
        <p className={styles.text}>{t('noDeadlines', { days: window })}</p>
      )}
      <ul className={styles.list} aria-label={t('expiryWindow', { days: window })}>
        {deadlines.map((deadline) => {
          const contract = data.contracts.find((entry) => entry.key === deadline.contractKey)!;
          return (
            <li key={deadline.contractKey} className={styles.card}>
              <strong>{contract.title}</strong>
              <span>
                {partyLabel(data, contract.supplier, locale)} ·{' '}
                {deadline.kind === 'notice'
                  ? t('deadlineNotice', { date: formatDate(deadline.date, locale) })
                  : t('deadlineEnd', { date: formatDate(deadline.date, locale) })}{' '}
                ({t('daysLeft', { count: deadline.daysLeft })})
              </span>
              <PlanButton
                planned={isPlanned(actions, contract, deadline)}
                state={states[contract.key]}
                onPlan={() => void plan(contract)}
                label={contract.title}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PlanButton(props: {
  planned: boolean;
  state: PlanState | undefined;
  onPlan: () => void;
  label: string;
}) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const { state } = props;
  if (state && 'busy' in state) return <Spinner size="tiny" label={t('planning')} />;
  if (props.planned) return <span role="status">{t('planned')}</span>;
  return (
    <>
      <Button
        appearance="primary"
        className={styles.action}
        onClick={props.onPlan}
        aria-description={props.label}
      >
        {t('planAction')}
      </Button>
      {state && 'error' in state && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('planFailed')} {describeError(state.error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state && 'partly' in state && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('planPartly')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
