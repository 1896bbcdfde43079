/** Who does what per asset: every role chain as a picture with its text. */
import { resolveAllRoleChains } from '../../../domain/governance/chain';
import type { GovernanceStore } from '../../../graph/store';
import type { GovernanceData } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { ChainPicture } from './ChainPicture';
import { useGovernanceStyles } from './governanceStyles';
import { governanceMessages } from './messages';
import { RoleTable } from './LinkTables';
import { RoleDialog } from './RoleDialogs';

/** Props of {@link ChainView}. */
export interface ChainViewProps {
  governance: GovernanceStore;
  data: GovernanceData;
  /** The risks, for the check of what refers to a record before it is deleted. */
  risks: Risk[];
  onSaved: () => Promise<void>;
}

/** Lists the chains grouped by asset, in inventory order. */
export function ChainView({ governance, data, risks, onSaved }: ChainViewProps) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const chains = resolveAllRoleChains(data);
  const order = new Map(data.assets.map((asset, index) => [asset.key, index]));
  const sorted = [...chains].sort(
    (a, b) => (order.get(a.assetKey) ?? 0) - (order.get(b.assetKey) ?? 0),
  );

  return (
    <section className={styles.section} aria-labelledby="governance-chains">
      <h2 id="governance-chains" className={styles.heading}>
        {t('tabChains')}
      </h2>
      <p className={styles.text}>{t('chainsIntro')}</p>
      <div className={styles.toolbar}>
        <RoleDialog governance={governance} data={data} onSaved={onSaved} />
      </div>
      {sorted.length === 0 && <p className={styles.text}>{t('noChains')}</p>}
      {sorted.map((chain) => (
        <ChainPicture key={`${chain.assetKey}-${chain.role}`} data={data} chain={chain} />
      ))}
      {data.roles.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t('roleRecords')}</h3>
          <div className={styles.tableWrap}>
            <RoleTable governance={governance} data={data} risks={risks} onSaved={onSaved} />
          </div>
        </>
      )}
    </section>
  );
}
