/** A risk-editor field: the assets and partners a risk concerns, picked from the inventory. */
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Asset, Partner } from '../../../domain/governance/model';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { governanceMessages } from './messages';

const useLinkStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  field: { minWidth: '16rem' },
});

/** The risk fields this component edits. */
export type RiskLinks = Pick<Risk, 'assetKeys' | 'partnerKeys'>;

/** Props of {@link RiskLinksField}. */
export interface RiskLinksFieldProps {
  value: RiskLinks;
  /** Receives both lists; an empty choice gives an empty array. */
  onChange: (links: RiskLinks) => void;
}

function useInventory(): { assets: Asset[]; partners: Partner[] } {
  const { store } = useSession();
  const [inventory, setInventory] = useState<{ assets: Asset[]; partners: Partner[] }>({
    assets: [],
    partners: [],
  });
  useEffect(() => {
    const governance = store.governance;
    if (!governance) return;
    let current = true;
    Promise.all([governance.assets.list(), governance.partners.list()])
      .then(([assets, partners]) => current && setInventory({ assets, partners }))
      .catch((error: unknown) => console.error('[governance] reading the inventory failed', error));
    return () => {
      current = false;
    };
  }, [store]);
  return inventory;
}

/** Two multi-select drop-downs; renders nothing while the inventory is empty. */
export function RiskLinksField({ value, onChange }: RiskLinksFieldProps) {
  const t = useMessages(governanceMessages);
  const styles = useLinkStyles();
  const { assets, partners } = useInventory();
  if (assets.length === 0 && partners.length === 0) return null;
  const assetKeys = value.assetKeys ?? [];
  const partnerKeys = value.partnerKeys ?? [];
  const names = (keys: string[], records: { key: string; name: string }[]) =>
    records
      .filter((record) => keys.includes(record.key))
      .map((record) => record.name)
      .join(', ');

  return (
    <div className={styles.root}>
      <Field label={t('assets')} className={styles.field}>
        <Dropdown
          multiselect
          selectedOptions={assetKeys}
          value={names(assetKeys, assets)}
          placeholder={t('none')}
          onOptionSelect={(_, data) => onChange({ ...value, assetKeys: data.selectedOptions })}
        >
          {assets.map((asset) => (
            <Option key={asset.key} value={asset.key}>
              {asset.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('partners')} className={styles.field}>
        <Dropdown
          multiselect
          selectedOptions={partnerKeys}
          value={names(partnerKeys, partners)}
          placeholder={t('none')}
          onOptionSelect={(_, data) => onChange({ ...value, partnerKeys: data.selectedOptions })}
        >
          {partners.map((partner) => (
            <Option key={partner.key} value={partner.key}>
              {partner.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
