/** Dialogs for a partner's privileged access, a partner's own subcontractor, and data ownership. */
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { roleKinds, type RoleKind } from '../../../content/governance';
import type { AccessKind, DataOwnership } from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { FormDialog } from './FormDialog';
import type { InventoryDialogProps } from './InventoryDialogs';
import { newKey } from './labels';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { useInventoryDescribers } from './recordRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

function partnerOptionsOf(props: InventoryDialogProps) {
  return props.data.partners.map((partner) => ({ value: partner.key, label: partner.name }));
}

/** Records that a partner can take over screens or has administrator rights. */
export function AddAccessDialog(props: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const partners = partnerOptionsOf(props);
  const [partnerKey, setPartnerKey] = useState(partners[0]?.value ?? '');
  const [kinds, setKinds] = useState<AccessKind[]>(['remoteControl']);
  const toggle = (kind: AccessKind, on: boolean) =>
    setKinds((current) => (on ? [...current, kind] : current.filter((entry) => entry !== kind)));

  const save = async () => {
    await props.governance.access.create({
      key: newKey('access'),
      partnerKey,
      kinds,
      assetKeys: [],
    });
    await props.onSaved();
  };

  return (
    <FormDialog
      title={t('addAccess')}
      canSave={partnerKey !== '' && kinds.length > 0}
      onSave={save}
    >
      <OptionSelect
        label={t('partner')}
        value={partnerKey}
        options={partners}
        onChange={setPartnerKey}
        required
      />
      <Checkbox
        label={t('accessRemoteControl')}
        checked={kinds.includes('remoteControl')}
        onChange={(_, data) => toggle('remoteControl', data.checked === true)}
      />
      <Checkbox
        label={t('accessAdministrator')}
        checked={kinds.includes('administrator')}
        onChange={(_, data) => toggle('administrator', data.checked === true)}
      />
    </FormDialog>
  );
}

/** Records that a partner's own work rests on another party, such as its network provider. */
export function AddDependencyDialog(props: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const partners = partnerOptionsOf(props);
  const parties = partyOptions(props.data, locale);
  const [partnerKey, setPartnerKey] = useState(partners[0]?.value ?? '');
  const [dependsOn, setDependsOn] = useState(parties[2]?.value ?? parties[1]?.value ?? '');
  const [role, setRole] = useState<RoleKind>('secure');

  const save = async () => {
    await props.governance.dependencies.create({
      key: newKey('dependency'),
      partnerKey,
      dependsOn: partyFromId(dependsOn),
      roles: [role],
    });
    await props.onSaved();
  };

  return (
    <FormDialog
      title={t('addDependency')}
      canSave={partnerKey !== '' && dependsOn !== ''}
      onSave={save}
    >
      <OptionSelect
        label={t('partner')}
        value={partnerKey}
        options={partners}
        onChange={setPartnerKey}
        required
      />
      <OptionSelect
        label={t('dependsOn')}
        value={dependsOn}
        options={parties}
        onChange={setDependsOn}
      />
      <OptionSelect
        label={t('role')}
        value={role}
        options={roleKinds.map((term) => ({
          value: term.key,
          label: pickText(term.label, locale),
        }))}
        onChange={(value) => setRole(value as RoleKind)}
      />
    </FormDialog>
  );
}

/** Records which party owns a data set, or edits that record. */
export function DataOwnershipDialog(props: InventoryDialogProps<DataOwnership>) {
  const { record } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const describe = useInventoryDescribers(props.data);
  const [dataSet, setDataSet] = useState('');
  const [owner, setOwner] = useState('organisation');

  const fill = () => {
    setDataSet(record?.dataSet ?? '');
    setOwner(record ? partyId(record.owner) : 'organisation');
  };

  const wiring = useRecordDialog({
    repository: props.governance.dataOwnership,
    record,
    name: record?.dataSet ?? '',
    addTitle: t('addDataOwnership'),
    keyPrefix: 'data',
    describe: describe.dataOwnership,
    onSaved: props.onSaved,
    fields: () => ({
      dataSet: dataSet.trim(),
      owner: partyFromId(owner),
      assetKeys: record?.assetKeys ?? [],
    }),
  });

  return (
    <FormDialog {...wiring} canSave={dataSet.trim() !== ''} onOpen={fill}>
      <Field label={t('dataSet')} required>
        <Input value={dataSet} onChange={(_, data) => setDataSet(data.value)} />
      </Field>
      <OptionSelect
        label={t('owner')}
        value={owner}
        options={partyOptions(props.data, locale)}
        onChange={setOwner}
      />
    </FormDialog>
  );
}
