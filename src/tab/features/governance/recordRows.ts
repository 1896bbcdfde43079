/** Describes governance records as labelled display values, for the conflict comparison. */
import { assetKinds, contractKinds, entityKinds, partnerKinds } from '../../../content/governance';
import type {
  Asset,
  Contract,
  DataOwnership,
  GovernanceData,
  Partner,
} from '../../../domain/governance/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import type { DescribeRecord } from './editConflict';
import { partyLabel, termLabel } from './labels';
import { governanceMessages } from './messages';

/** The describers of the inventory records, in the current locale. */
export interface InventoryDescribers {
  asset: DescribeRecord<Asset>;
  partner: DescribeRecord<Partner>;
  contract: DescribeRecord<Contract>;
  dataOwnership: DescribeRecord<DataOwnership>;
}

/** Returns describers that list the fields each inventory form edits. */
export function useInventoryDescribers(data: GovernanceData): InventoryDescribers {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const none = t('none');
  const assetNames = (keys: string[]) =>
    keys.map((key) => data.assets.find((asset) => asset.key === key)?.name ?? key).join(', ') ||
    none;
  return {
    asset: (asset) => [
      [t('name'), asset.name],
      [t('kind'), termLabel(assetKinds, asset.kind, locale)],
      [t('owner'), asset.owner?.displayName ?? none],
      [
        t('usedBy'),
        asset.usedBy
          .map((use) => use.name ?? termLabel(entityKinds, use.kind, locale))
          .join(', ') || none,
      ],
    ],
    partner: (partner) => [
      [t('name'), partner.name],
      [t('kind'), termLabel(partnerKinds, partner.kind, locale)],
      [t('contact'), partner.contact?.name ?? none],
      ['E-mail', partner.contact?.email ?? none],
    ],
    contract: (contract) => [
      [t('name'), contract.title],
      [t('kind'), termLabel(contractKinds, contract.kind, locale)],
      [t('supplier'), partyLabel(data, contract.supplier, locale)],
      [t('startDate'), formatDate(contract.startDate, locale)],
      [t('endDate'), contract.endDate ? formatDate(contract.endDate, locale) : none],
      [t('noticeMonths'), t('noticeMonthsValue', { count: contract.noticeMonths })],
      [t('tacitRenewal'), contract.tacitRenewal ? t('yes') : t('no')],
      [t('owner'), contract.owner?.displayName ?? none],
      [t('asset'), assetNames(contract.assetKeys)],
    ],
    dataOwnership: (entry) => [
      [t('dataSet'), entry.dataSet],
      [t('owner'), partyLabel(data, entry.owner, locale)],
    ],
  };
}
