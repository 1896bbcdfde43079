/** The Governance page: inventory, who does what, duties and flags, expiry, import. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { GovernanceStore } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { AssetPage } from './AssetPage';
import { ChainView } from './ChainView';
import { DutiesView } from './DutiesView';
import { ExpiryView } from './ExpiryView';
import { useGovernanceStyles } from './governanceStyles';
import { ImportView } from './ImportView';
import { InventoryView } from './InventoryView';
import { governanceMessages } from './messages';
import { PartnerPage } from './PartnerPage';
import { useGovernance, type GovernanceSnapshot } from './useGovernance';

/** The page's tabs. */
export type GovernanceTab = 'inventory' | 'chains' | 'duties' | 'expiry' | 'import';

const TABS: {
  id: GovernanceTab;
  label: 'tabInventory' | 'tabChains' | 'tabDuties' | 'tabExpiry' | 'tabImport';
}[] = [
  { id: 'inventory', label: 'tabInventory' },
  { id: 'chains', label: 'tabChains' },
  { id: 'duties', label: 'tabDuties' },
  { id: 'expiry', label: 'tabExpiry' },
  { id: 'import', label: 'tabImport' },
];

/** Loads the governance lists and shows the chosen tab. */
export function GovernancePage() {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const { store } = useSession();
  const { load, reload } = useGovernance(store);

  return (
    <div className={styles.root}>
      <h1>{t('title')}</h1>
      <p className={styles.text}>{t('intro')}</p>
      {load.state === 'loading' && <Spinner label={t('loading')} />}
      {load.state === 'unavailable' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('unavailable')}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('loadFailed')} {describeError(load.error, locale)}{' '}
            <Button size="small" onClick={() => void reload()}>
              {t('retry')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {load.state === 'ready' && store.governance && (
        <GovernanceTabs governance={store.governance} snapshot={load.snapshot} reload={reload} />
      )}
    </div>
  );
}

type Detail = { type: 'partner' | 'asset'; key: string } | undefined;

function GovernanceTabs(props: {
  governance: GovernanceStore;
  snapshot: GovernanceSnapshot;
  reload: () => Promise<void>;
}) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const [tab, setTab] = useState<GovernanceTab>('inventory');
  const [detail, setDetail] = useState<Detail>();
  const { governance, snapshot, reload } = props;
  const common = { governance, data: snapshot.data, risks: snapshot.risks, onSaved: reload };

  return (
    <>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as GovernanceTab);
          setDetail(undefined);
        }}
        aria-label={t('sections')}
      >
        {TABS.map((entry) => (
          <Tab key={entry.id} value={entry.id}>
            {t(entry.label)}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.root}
        role="tabpanel"
        aria-label={t(TABS.find((entry) => entry.id === tab)!.label)}
      >
        {detail?.type === 'partner' && (
          <PartnerPage
            snapshot={snapshot}
            partnerKey={detail.key}
            onBack={() => setDetail(undefined)}
          />
        )}
        {detail?.type === 'asset' && (
          <AssetPage
            snapshot={snapshot}
            assetKey={detail.key}
            onBack={() => setDetail(undefined)}
          />
        )}
        {!detail && tab === 'inventory' && (
          <InventoryView
            {...common}
            onOpenPartner={(key) => setDetail({ type: 'partner', key })}
            onOpenAsset={(key) => setDetail({ type: 'asset', key })}
          />
        )}
        {!detail && tab === 'chains' && <ChainView {...common} />}
        {!detail && tab === 'duties' && <DutiesView {...common} />}
        {!detail && tab === 'expiry' && <ExpiryView snapshot={snapshot} onSaved={reload} />}
        {!detail && tab === 'import' && (
          <ImportView governance={governance} snapshot={snapshot} onSaved={reload} />
        )}
      </div>
    </>
  );
}
