/** Dialogs that add an asset, a partner or a contract to the inventory, or edit one. */
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import {
  assetKinds,
  contractKinds,
  entityKinds,
  partnerKinds,
  type AssetKind,
  type ContractKind,
  type EntityKind,
  type PartnerKind,
} from '../../../content/governance';
import type { Asset, Contract, GovernanceData, Partner } from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import type { Person } from '../../../domain/model';
import type { GovernanceStore } from '../../../graph/store';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { FormDialog } from './FormDialog';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { useInventoryDescribers } from './recordRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

/** Props of the governance dialogs; `record`, when given, is the record to edit. */
export interface InventoryDialogProps<T = unknown> {
  governance: GovernanceStore;
  data: GovernanceData;
  onSaved: () => Promise<void>;
  record?: T;
}

/** Returns a function that turns a vocabulary into select options in the current locale. */
export function useTermOptions() {
  const locale = useLocale();
  return (terms: readonly { key: string; label: { nl: string; en: string } }[]) =>
    terms.map((term) => ({ value: term.key, label: pickText(term.label, locale) }));
}

function useMemberOptions() {
  const t = useMessages(governanceMessages);
  const { members } = useSession();
  return [
    { value: '', label: t('none') },
    ...members.map((member) => ({ value: member.id, label: member.displayName })),
  ];
}

/** Adds an asset with its kind, owner and the entity that uses it, or edits one. */
export function AssetDialog({ governance, data, onSaved, record }: InventoryDialogProps<Asset>) {
  const t = useMessages(governanceMessages);
  const options = useTermOptions();
  const memberOptions = useMemberOptions();
  const { members } = useSession();
  const describe = useInventoryDescribers(data);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AssetKind>('software');
  const [ownerId, setOwnerId] = useState('');
  const [usedBy, setUsedBy] = useState<EntityKind>('gemeente');

  const fill = () => {
    setName(record?.name ?? '');
    setKind(record?.kind ?? 'software');
    setOwnerId(record?.owner?.id ?? '');
    setUsedBy(record?.usedBy[0]?.kind ?? 'gemeente');
  };

  const wiring = useRecordDialog({
    repository: governance.assets,
    record,
    name: record?.name ?? '',
    addTitle: t('addAsset'),
    keyPrefix: 'asset',
    describe: describe.asset,
    onSaved,
    fields: () => ({
      name: name.trim(),
      kind,
      owner: pickOwner(members, ownerId, record?.owner),
      // Editing keeps the other entities and the first one's name unless its kind changed.
      usedBy:
        record?.usedBy[0]?.kind === usedBy
          ? record.usedBy
          : [{ kind: usedBy }, ...(record?.usedBy.slice(1) ?? [])],
    }),
  });

  return (
    <FormDialog {...wiring} canSave={name.trim() !== ''} onOpen={fill}>
      <Field label={t('name')} required>
        <Input value={name} onChange={(_, value) => setName(value.value)} />
      </Field>
      <OptionSelect
        label={t('kind')}
        value={kind}
        options={options(assetKinds)}
        onChange={(value) => setKind(value as AssetKind)}
      />
      <OptionSelect
        label={t('owner')}
        value={ownerId}
        options={memberOptions}
        onChange={setOwnerId}
      />
      <OptionSelect
        label={t('usedBy')}
        value={usedBy}
        options={options(entityKinds)}
        onChange={(value) => setUsedBy(value as EntityKind)}
      />
    </FormDialog>
  );
}

/** Adds a partner with its kind and a contact, or edits one. */
export function PartnerDialog({
  governance,
  data,
  onSaved,
  record,
}: InventoryDialogProps<Partner>) {
  const t = useMessages(governanceMessages);
  const options = useTermOptions();
  const describe = useInventoryDescribers(data);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('firm');
  const [contact, setContact] = useState('');
  const [email, setEmail] = useState('');

  const fill = () => {
    setName(record?.name ?? '');
    setKind(record?.kind ?? 'firm');
    setContact(record?.contact?.name ?? '');
    setEmail(record?.contact?.email ?? '');
  };

  const wiring = useRecordDialog({
    repository: governance.partners,
    record,
    name: record?.name ?? '',
    addTitle: t('addPartner'),
    keyPrefix: 'partner',
    describe: describe.partner,
    onSaved,
    fields: () => ({
      name: name.trim(),
      kind,
      // The phone number has no field in the form, so an edit keeps it.
      contact: contact.trim()
        ? { ...record?.contact, name: contact.trim(), email: email.trim() || undefined }
        : undefined,
    }),
  });

  return (
    <FormDialog {...wiring} canSave={name.trim() !== ''} onOpen={fill}>
      <Field label={t('name')} required>
        <Input value={name} onChange={(_, value) => setName(value.value)} />
      </Field>
      <OptionSelect
        label={t('kind')}
        value={kind}
        options={options(partnerKinds)}
        onChange={(value) => setKind(value as PartnerKind)}
      />
      <Field label={t('contact')}>
        <Input value={contact} onChange={(_, value) => setContact(value.value)} />
      </Field>
      <Field label="E-mail">
        <Input type="email" value={email} onChange={(_, value) => setEmail(value.value)} />
      </Field>
    </FormDialog>
  );
}

// An owner who has left the team is not among the members, so an edit that keeps them keeps the record's.
function pickOwner(members: Person[], ownerId: string, current?: Person): Person | undefined {
  return (
    members.find((member) => member.id === ownerId) ??
    (current?.id === ownerId ? current : undefined)
  );
}

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
