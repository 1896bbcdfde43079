/** One asset's page: the risks that name it and the chains of its roles. */
import { Button } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { roleKinds } from '../../../content/governance';
import { resolveRoleChain } from '../../../domain/governance/chain';
import { useMessages } from '../../i18n/messages';
import { ChainPicture } from './ChainPicture';
import { useGovernanceStyles } from './governanceStyles';
import { governanceMessages } from './messages';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of {@link AssetPage}. */
export interface AssetPageProps {
  snapshot: GovernanceSnapshot;
  assetKey: string;
  onBack: () => void;
}

/** Lists the risks of the asset, then the chain of every role someone was given for it. */
export function AssetPage({ snapshot, assetKey, onBack }: AssetPageProps) {
  const t = useMessages(governanceMessages);
  const styles = useGovernanceStyles();
  const { data } = snapshot;
  const asset = data.assets.find((entry) => entry.key === assetKey);
  if (!asset) return null;
  const risks = snapshot.risks.filter((risk) => risk.assetKeys?.includes(assetKey));
  const chains = roleKinds
    .filter((role) =>
      data.roles.some((entry) => entry.assetKey === assetKey && entry.role === role.key),
    )
    .map((role) => resolveRoleChain(data, assetKey, role.key));

  return (
    <section className={styles.section} aria-labelledby="asset-title">
      <div className={styles.toolbar}>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          {t('backToInventory')}
        </Button>
      </div>
      <h2 id="asset-title" className={styles.heading}>
        {asset.name}
      </h2>
      <section aria-labelledby="asset-risks" className={styles.card}>
        <h3 id="asset-risks" className={styles.subheading}>
          {t('assetRisks', { name: asset.name })}
        </h3>
        {risks.length === 0 ? (
          <p className={styles.text}>{t('nothing')}</p>
        ) : (
          <ul className={styles.list}>
            {risks.map((risk) => (
              <li key={risk.key}>{risk.title}</li>
            ))}
          </ul>
        )}
      </section>
      {chains.map((chain) => (
        <ChainPicture key={chain.role} data={data} chain={chain} />
      ))}
    </section>
  );
}
