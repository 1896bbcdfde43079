/** Dialogs for a partner's privileged access, a partner's own subcontractor, and data ownership. */
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { roleKinds, type RoleKind } from '../../../content/governance';
import type {
  AccessKind,
  DataOwnership,
  PartyDependency,
  PrivilegedAccess,
} from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { FormDialog } from './FormDialog';
import type { InventoryDialogProps } from './InventoryDialogs';
import { governanceMessages } from './messages';
import { useLinkDescribers } from './linkRows';
import { partyFromId, partyOptions } from './partyOptions';
import { recordName } from './recordNames';
import { useInventoryDescribers } from './recordRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

function partnerOptionsOf(props: InventoryDialogProps) {
  return props.data.partners.map((partner) => ({ value: partner.key, label: partner.name }));
}

/** Records that a partner can take over screens or has administrator rights, or edits it. */
export function AccessDialog(props: InventoryDialogProps<PrivilegedAccess>) {
  const { record } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const describe = useLinkDescribers(props.data);
  const partners = partnerOptionsOf(props);
  const [partnerKey, setPartnerKey] = useState('');
  const [kinds, setKinds] = useState<AccessKind[]>(['remoteControl']);
  const toggle = (kind: AccessKind, on: boolean) =>
    setKinds((current) => (on ? [...current, kind] : current.filter((entry) => entry !== kind)));

  const fill = () => {
    setPartnerKey(record?.partnerKey ?? partners[0]?.value ?? '');
    setKinds(record?.kinds ?? ['remoteControl']);
  };

  const wiring = useRecordDialog({
    repository: props.governance.access,
    record,
    name: record ? recordName(props.data, { type: 'access', key: record.key }, locale) : '',
    addTitle: t('addAccess'),
    keyPrefix: 'access',
    describe: describe.access,
    onSaved: props.onSaved,
    fields: () => ({ partnerKey, kinds, assetKeys: record?.assetKeys ?? [] }),
  });

  return (
    <FormDialog {...wiring} canSave={partnerKey !== '' && kinds.length > 0} onOpen={fill}>
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
export function DependencyDialog(props: InventoryDialogProps<PartyDependency>) {
  const { record } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const describe = useLinkDescribers(props.data);
  const partners = partnerOptionsOf(props);
  const parties = partyOptions(props.data, locale);
  const [partnerKey, setPartnerKey] = useState('');
  const [dependsOn, setDependsOn] = useState('');
  const [role, setRole] = useState<RoleKind>('secure');

  const fill = () => {
    setPartnerKey(record?.partnerKey ?? partners[0]?.value ?? '');
    setDependsOn(
      record ? partyId(record.dependsOn) : (parties[2]?.value ?? parties[1]?.value ?? ''),
    );
    setRole(record?.roles[0] ?? 'secure');
  };

  const wiring = useRecordDialog({
    repository: props.governance.dependencies,
    record,
    name: record ? recordName(props.data, { type: 'dependency', key: record.key }, locale) : '',
    addTitle: t('addDependency'),
    keyPrefix: 'dependency',
    describe: describe.dependency,
    onSaved: props.onSaved,
    // The form edits the first role; an edit keeps the others.
    fields: () => ({
      partnerKey,
      dependsOn: partyFromId(dependsOn),
      roles: [role, ...(record?.roles.slice(1).filter((entry) => entry !== role) ?? [])],
      contractKey: record?.contractKey,
    }),
  });

  return (
    <FormDialog {...wiring} canSave={partnerKey !== '' && dependsOn !== ''} onOpen={fill}>
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
