/** The inventory as tables: assets, partners, contracts and data ownership. */
import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { assetKinds, contractKinds, entityKinds, partnerKinds } from '../../../content/governance';
import type { GovernanceStore } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate } from '../../shell/dates';
import { costParts, partyLabel, termLabel } from './labels';
import { useGovernanceStyles } from './governanceStyles';
import { ContractDialog } from './ContractDialog';
import { AssetDialog, PartnerDialog } from './InventoryDialogs';
import { DataOwnershipDialog } from './AccessDialogs';
import { governanceMessages } from './messages';
import { RecordActions } from './RecordActions';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of the inventory tables. */
export interface InventoryTableProps {
  governance: GovernanceStore;
  snapshot: Pick<GovernanceSnapshot, 'data' | 'risks'>;
  onSaved: () => Promise<void>;
  onOpenPartner: (partnerKey: string) => void;
  onOpenAsset: (assetKey: string) => void;
}

function Header({ cells }: { cells: string[] }) {
  return (
    <TableHeader>
      <TableRow>
        {cells.map((cell) => (
          <TableHeaderCell key={cell}>{cell}</TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}

/** Renders the assets with kind, owner and the entities that use them. */
export function AssetTable({ governance, snapshot, onSaved, onOpenAsset }: InventoryTableProps) {
  const data = snapshot.data;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  return (
    <Table aria-label={t('assets')} size="small" className={styles.table}>
      <Header cells={[t('name'), t('kind'), t('owner'), t('usedBy'), t('actions')]} />
      <TableBody>
        {data.assets.map((asset) => (
          <TableRow key={asset.key}>
            <TableCell>
              <Link
                onClick={() => onOpenAsset(asset.key)}
                aria-label={t('openAsset', { name: asset.name })}
              >
                {asset.name}
              </Link>
            </TableCell>
            <TableCell>{termLabel(assetKinds, asset.kind, locale)}</TableCell>
            <TableCell>{asset.owner?.displayName ?? t('none')}</TableCell>
            <TableCell>
              {asset.usedBy
                .map((use) => use.name ?? termLabel(entityKinds, use.kind, locale))
                .join(', ') || t('none')}
            </TableCell>
            <TableCell>
              <RecordActions
                edit={
                  <AssetDialog
                    governance={governance}
                    data={data}
                    onSaved={onSaved}
                    record={asset}
                  />
                }
                repository={governance.assets}
                record={asset}
                target={{ type: 'asset', key: asset.key }}
                snapshot={snapshot}
                onSaved={onSaved}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Renders the partners with kind and contact; a partner's name opens its page. */
export function PartnerTable({
  governance,
  snapshot,
  onSaved,
  onOpenPartner,
}: InventoryTableProps) {
  const data = snapshot.data;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  return (
    <Table aria-label={t('partners')} size="small" className={styles.table}>
      <Header cells={[t('name'), t('kind'), t('contact'), t('actions')]} />
      <TableBody>
        {data.partners.map((partner) => (
          <TableRow key={partner.key}>
            <TableCell>
              <Link
                onClick={() => onOpenPartner(partner.key)}
                aria-label={t('openPartner', { name: partner.name })}
              >
                {partner.name}
              </Link>
            </TableCell>
            <TableCell>{termLabel(partnerKinds, partner.kind, locale)}</TableCell>
            <TableCell>
              {[partner.contact?.name, partner.contact?.email, partner.contact?.phone]
                .filter(Boolean)
                .join(' · ') || t('none')}
            </TableCell>
            <TableCell>
              <RecordActions
                edit={
                  <PartnerDialog
                    governance={governance}
                    data={data}
                    onSaved={onSaved}
                    record={partner}
                  />
                }
                repository={governance.partners}
                record={partner}
                target={{ type: 'partner', key: partner.key }}
                snapshot={snapshot}
                onSaved={onSaved}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Renders the contracts with parties, term, notice period, renewal and cost. */
export function ContractTable({ governance, snapshot, onSaved }: InventoryTableProps) {
  const data = snapshot.data;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  return (
    <Table aria-label={t('contracts')} size="small" className={styles.table}>
      <Header
        cells={[
          t('name'),
          t('kind'),
          t('supplier'),
          t('startDate'),
          t('endDate'),
          t('noticeMonths'),
          t('tacitRenewal'),
          t('cost'),
          t('owner'),
          t('actions'),
        ]}
      />
      <TableBody>
        {data.contracts.map((contract) => {
          const cost = contract.cost && costParts(contract.cost, locale);
          return (
            <TableRow key={contract.key}>
              <TableCell>{contract.title}</TableCell>
              <TableCell>{termLabel(contractKinds, contract.kind, locale)}</TableCell>
              <TableCell>{partyLabel(data, contract.supplier, locale)}</TableCell>
              <TableCell>{formatDate(contract.startDate, locale)}</TableCell>
              <TableCell>
                {contract.endDate ? formatDate(contract.endDate, locale) : t('none')}
              </TableCell>
              <TableCell>{t('noticeMonthsValue', { count: contract.noticeMonths })}</TableCell>
              <TableCell>{contract.tacitRenewal ? t('yes') : t('no')}</TableCell>
              <TableCell>{cost ? t(cost.key, { amount: cost.amount }) : t('none')}</TableCell>
              <TableCell>{contract.owner?.displayName ?? t('none')}</TableCell>
              <TableCell>
                <RecordActions
                  edit={
                    <ContractDialog
                      governance={governance}
                      data={data}
                      onSaved={onSaved}
                      record={contract}
                    />
                  }
                  repository={governance.contracts}
                  record={contract}
                  target={{ type: 'contract', key: contract.key }}
                  snapshot={snapshot}
                  onSaved={onSaved}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** Renders who owns which data set. */
export function DataOwnershipTable({ governance, snapshot, onSaved }: InventoryTableProps) {
  const data = snapshot.data;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const assetName = (key: string) => data.assets.find((asset) => asset.key === key)?.name ?? key;
  return (
    <Table aria-label={t('dataOwnership')} size="small" className={styles.table}>
      <Header cells={[t('dataSet'), t('owner'), t('assets'), t('actions')]} />
      <TableBody>
        {data.dataOwnership.map((entry) => (
          <TableRow key={entry.key}>
            <TableCell>{entry.dataSet}</TableCell>
            <TableCell>{partyLabel(data, entry.owner, locale)}</TableCell>
            <TableCell>{entry.assetKeys.map(assetName).join(', ') || t('none')}</TableCell>
            <TableCell>
              <RecordActions
                edit={
                  <DataOwnershipDialog
                    governance={governance}
                    data={data}
                    onSaved={onSaved}
                    record={entry}
                  />
                }
                repository={governance.dataOwnership}
                record={entry}
                target={{ type: 'dataOwnership', key: entry.key }}
                snapshot={snapshot}
                onSaved={onSaved}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
