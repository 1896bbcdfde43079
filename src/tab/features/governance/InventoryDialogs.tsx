/** Dialogs that add an asset or a partner to the inventory, or edit one. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import {
  assetKinds,
  entityKinds,
  partnerKinds,
  type AssetKind,
  type EntityKind,
  type PartnerKind,
} from '../../../content/governance';
import type { Asset, GovernanceData, Partner } from '../../../domain/governance/model';
import type { GovernanceStore } from '../../../graph/store';
import { useMessages } from '../../i18n/messages';
import { useSession } from '../../shell/StoreContext';
import { pickOwner, useMemberOptions, useTermOptions } from './dialogOptions';
import { FormDialog } from './FormDialog';
import { governanceMessages } from './messages';
import { useInventoryDescribers } from './recordRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

/** Props of the governance dialogs. Given a `record`, the dialog edits that record. */
export interface InventoryDialogProps<T = unknown> {
  governance: GovernanceStore;
  data: GovernanceData;
  onSaved: () => Promise<void>;
  record?: T;
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
