/** The dialog that adds a contract to the inventory, or edits one. */
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { contractKinds, type ContractKind } from '../../../content/governance';
import type { Contract, GovernanceData } from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import { useLocale, useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { pickOwner, useMemberOptions, useTermOptions } from './dialogOptions';
import { FormDialog } from './FormDialog';
import type { InventoryDialogProps } from './InventoryDialogs';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { useInventoryDescribers } from './recordRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

function firstPartnerId(data: GovernanceData): string {
  return data.partners[0] ? `partner:${data.partners[0].key}` : 'organisation';
}

/** Adds a contract between the bestuur and a supplier, with its term and owner, or edits one. */
export function ContractDialog({
  governance,
  data,
  onSaved,
  record,
}: InventoryDialogProps<Contract>) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const options = useTermOptions();
  const memberOptions = useMemberOptions();
  const { members } = useSession();
  const describe = useInventoryDescribers(data);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ContractKind>('licence');
  const [supplier, setSupplier] = useState(firstPartnerId(data));
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [noticeMonths, setNoticeMonths] = useState('0');
  const [tacitRenewal, setTacitRenewal] = useState(false);
  const [ownerId, setOwnerId] = useState('');
  const [assetKey, setAssetKey] = useState('');

  const fill = () => {
    setTitle(record?.title ?? '');
    setKind(record?.kind ?? 'licence');
    setSupplier(record ? partyId(record.supplier) : firstPartnerId(data));
    setStartDate(record?.startDate ?? '');
    setEndDate(record?.endDate ?? '');
    setNoticeMonths(String(record?.noticeMonths ?? 0));
    setTacitRenewal(record?.tacitRenewal ?? false);
    setOwnerId(record?.owner?.id ?? '');
    setAssetKey(record?.assetKeys[0] ?? '');
  };

  const wiring = useRecordDialog({
    repository: governance.contracts,
    record,
    name: record?.title ?? '',
    addTitle: t('addContract'),
    keyPrefix: 'contract',
    describe: describe.contract,
    onSaved,
    fields: () => ({
      title: title.trim(),
      kind,
      client: record?.client ?? { kind: 'organisation' as const },
      supplier: partyFromId(supplier),
      startDate,
      endDate: endDate || undefined,
      noticeMonths: Number(noticeMonths) || 0,
      tacitRenewal,
      // The form edits the first covered asset; an edit keeps the others.
      assetKeys: [assetKey, ...(record?.assetKeys.slice(1) ?? [])].filter(Boolean),
      owner: pickOwner(members, ownerId, record?.owner),
    }),
  });

  return (
    <FormDialog {...wiring} canSave={title.trim() !== '' && startDate !== ''} onOpen={fill}>
      <Field label={t('name')} required>
        <Input value={title} onChange={(_, value) => setTitle(value.value)} />
      </Field>
      <OptionSelect
        label={t('kind')}
        value={kind}
        options={options(contractKinds)}
        onChange={(value) => setKind(value as ContractKind)}
      />
      <OptionSelect
        label={t('supplier')}
        value={supplier}
        options={partyOptions(data, locale)}
        onChange={setSupplier}
      />
      <Field label={t('startDate')} required>
        <Input type="date" value={startDate} onChange={(_, value) => setStartDate(value.value)} />
      </Field>
      <Field label={t('endDate')}>
        <Input type="date" value={endDate} onChange={(_, value) => setEndDate(value.value)} />
      </Field>
      <Field label={t('noticeMonths')}>
        <Input
          type="number"
          min={0}
          value={noticeMonths}
          onChange={(_, value) => setNoticeMonths(value.value)}
        />
      </Field>
      <Checkbox
        label={t('tacitRenewal')}
        checked={tacitRenewal}
        onChange={(_, value) => setTacitRenewal(value.checked === true)}
      />
      <OptionSelect
        label={t('owner')}
        value={ownerId}
        options={memberOptions}
        onChange={setOwnerId}
      />
      <OptionSelect
        label={t('asset')}
        value={assetKey}
        options={[
          { value: '', label: t('none') },
          ...data.assets.map((asset) => ({ value: asset.key, label: asset.name })),
        ]}
        onChange={setAssetKey}
      />
    </FormDialog>
  );
}
