/** Dialogs that add an asset, a partner or a contract to the inventory. */
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
import type { GovernanceData } from '../../../domain/governance/model';
import type { GovernanceStore } from '../../../graph/store';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { FormDialog } from './FormDialog';
import { newKey } from './labels';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { OptionSelect } from './TermSelect';

/** Props of the inventory dialogs. */
export interface InventoryDialogProps {
  governance: GovernanceStore;
  data: GovernanceData;
  onSaved: () => Promise<void>;
}

function useTermOptions() {
  const locale = useLocale();
  return (terms: readonly { key: string; label: { nl: string; en: string } }[]) =>
    terms.map((term) => ({ value: term.key, label: pickText(term.label, locale) }));
}

/** Adds an asset with its kind, owner and the entity that uses it. */
export function AddAssetDialog({ governance, onSaved }: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const options = useTermOptions();
  const { members } = useSession();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AssetKind>('software');
  const [ownerId, setOwnerId] = useState('');
  const [usedBy, setUsedBy] = useState<EntityKind>('gemeente');

  const save = async () => {
    const owner = members.find((member) => member.id === ownerId);
    await governance.assets.create({
      key: newKey('asset'),
      name: name.trim(),
      kind,
      owner,
      usedBy: [{ kind: usedBy }],
    });
    await onSaved();
  };

  return (
    <FormDialog
      title={t('addAsset')}
      canSave={name.trim() !== ''}
      onSave={save}
      onOpen={() => setName('')}
    >
      <Field label={t('name')} required>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
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
        options={[
          { value: '', label: t('none') },
          ...members.map((member) => ({ value: member.id, label: member.displayName })),
        ]}
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

/** Adds a partner with its kind and a contact. */
export function AddPartnerDialog({ governance, onSaved }: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const options = useTermOptions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('firm');
  const [contact, setContact] = useState('');
  const [email, setEmail] = useState('');

  const save = async () => {
    await governance.partners.create({
      key: newKey('partner'),
      name: name.trim(),
      kind,
      contact: contact.trim()
        ? { name: contact.trim(), email: email.trim() || undefined }
        : undefined,
    });
    await onSaved();
  };

  return (
    <FormDialog
      title={t('addPartner')}
      canSave={name.trim() !== ''}
      onSave={save}
      onOpen={() => setName('')}
    >
      <Field label={t('name')} required>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <OptionSelect
        label={t('kind')}
        value={kind}
        options={options(partnerKinds)}
        onChange={(value) => setKind(value as PartnerKind)}
      />
      <Field label={t('contact')}>
        <Input value={contact} onChange={(_, data) => setContact(data.value)} />
      </Field>
      <Field label="E-mail">
        <Input type="email" value={email} onChange={(_, data) => setEmail(data.value)} />
      </Field>
    </FormDialog>
  );
}

/** Adds a contract between the bestuur and a supplier, with its term and owner. */
export function AddContractDialog({ governance, data, onSaved }: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const options = useTermOptions();
  const { members } = useSession();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ContractKind>('licence');
  const [supplier, setSupplier] = useState(
    data.partners[0] ? `partner:${data.partners[0].key}` : 'organisation',
  );
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [noticeMonths, setNoticeMonths] = useState('0');
  const [tacitRenewal, setTacitRenewal] = useState(false);
  const [ownerId, setOwnerId] = useState('');
  const [assetKey, setAssetKey] = useState('');

  const save = async () => {
    await governance.contracts.create({
      key: newKey('contract'),
      title: title.trim(),
      kind,
      client: { kind: 'organisation' },
      supplier: partyFromId(supplier),
      startDate,
      endDate: endDate || undefined,
      noticeMonths: Number(noticeMonths) || 0,
      tacitRenewal,
      assetKeys: assetKey ? [assetKey] : [],
      owner: members.find((member) => member.id === ownerId),
    });
    await onSaved();
  };

  return (
    <FormDialog
      title={t('addContract')}
      canSave={title.trim() !== '' && startDate !== ''}
      onSave={save}
      onOpen={() => setTitle('')}
    >
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
        options={[
          { value: '', label: t('none') },
          ...members.map((member) => ({ value: member.id, label: member.displayName })),
        ]}
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
