/** The inventory tab: assets, partners, contracts and data ownership, with dialogs to add, edit and delete them. */
import type { GovernanceStore } from '../../../graph/store';
import type { GovernanceData } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { DataOwnershipDialog } from './AccessDialogs';
import { useGovernanceStyles } from './governanceStyles';
import { ContractDialog } from './ContractDialog';
import { AssetDialog, PartnerDialog } from './InventoryDialogs';
import { AssetTable, ContractTable, DataOwnershipTable, PartnerTable } from './InventoryTables';
import { governanceMessages } from './messages';

/** Props of {@link InventoryView}. */
export interface InventoryViewProps {
  governance: GovernanceStore;
  data: GovernanceData;
  /** The risks, for the check of what refers to a record before it is deleted. */
  risks: Risk[];
  onSaved: () => Promise<void>;
  onOpenPartner: (partnerKey: string) => void;
  onOpenAsset: (assetKey: string) => void;
}

/** Renders the four inventory sections in the order an auditor reads them. */
export function InventoryView(props: InventoryViewProps) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const { data } = props;
  const dialogProps = { governance: props.governance, data, onSaved: props.onSaved };
  const tableProps = { ...props, snapshot: { data, risks: props.risks } };

  return (
    <>
      <section className={styles.section} aria-labelledby="inventory-assets">
        <h2 id="inventory-assets" className={styles.heading}>
          {t('assets')}
        </h2>
        <div className={styles.toolbar}>
          <AssetDialog {...dialogProps} />
        </div>
        {data.assets.length === 0 ? (
          <p className={styles.text}>{t('noAssets')}</p>
        ) : (
          <div className={styles.tableWrap}>
            <AssetTable {...tableProps} />
          </div>
        )}
      </section>
      <section className={styles.section} aria-labelledby="inventory-partners">
        <h2 id="inventory-partners" className={styles.heading}>
          {t('partners')}
        </h2>
        <div className={styles.toolbar}>
          <PartnerDialog {...dialogProps} />
        </div>
        {data.partners.length === 0 ? (
          <p className={styles.text}>{t('noPartners')}</p>
        ) : (
          <PartnerTable {...tableProps} />
        )}
      </section>
      <section className={styles.section} aria-labelledby="inventory-contracts">
        <h2 id="inventory-contracts" className={styles.heading}>
          {t('contracts')}
        </h2>
        <div className={styles.toolbar}>
          <ContractDialog {...dialogProps} />
        </div>
        {data.contracts.length === 0 ? (
          <p className={styles.text}>{t('noContracts')}</p>
        ) : (
          <div className={styles.tableWrap}>
            <ContractTable {...tableProps} />
          </div>
        )}
      </section>
      <section className={styles.section} aria-labelledby="inventory-data">
        <h2 id="inventory-data" className={styles.heading}>
          {t('dataOwnership')}
        </h2>
        <div className={styles.toolbar}>
          <DataOwnershipDialog {...dialogProps} />
        </div>
        {data.dataOwnership.length === 0 ? (
          <p className={styles.text}>{t('noDataOwnership')}</p>
        ) : (
          <DataOwnershipTable {...tableProps} />
        )}
      </section>
    </>
  );
}
