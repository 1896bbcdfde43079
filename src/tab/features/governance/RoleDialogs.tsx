/** Dialogs that hand a role for an asset to a party, and record a duty with statements. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { dutyKinds, roleKinds, type DutyKind, type RoleKind } from '../../../content/governance';
import type { DutyClaim, DutyStatement } from '../../../domain/governance/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { FormDialog } from './FormDialog';
import type { InventoryDialogProps } from './InventoryDialogs';
import { newKey } from './labels';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { OptionSelect } from './TermSelect';

/** Records that one party hands a role for an asset to another, under a contract. */
export function AddRoleDialog({ governance, data, onSaved }: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const parties = partyOptions(data, locale);
  const [assetKey, setAssetKey] = useState(data.assets[0]?.key ?? '');
  const [role, setRole] = useState<RoleKind>('manage');
  const [from, setFrom] = useState('organisation');
  const [to, setTo] = useState(parties[1]?.value ?? 'organisation');
  const [contractKey, setContractKey] = useState('');
  const [contactName, setContactName] = useState('');

  const save = async () => {
    await governance.roles.create({
      key: newKey('role'),
      assetKey,
      role,
      from: partyFromId(from),
      to: partyFromId(to),
      contractKey: contractKey || undefined,
      contactName: contactName.trim() || undefined,
    });
    await onSaved();
  };

  return (
    <FormDialog title={t('addRole')} canSave={assetKey !== ''} onSave={save}>
      <OptionSelect
        label={t('asset')}
        value={assetKey}
        options={data.assets.map((asset) => ({ value: asset.key, label: asset.name }))}
        onChange={setAssetKey}
        required
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
      <OptionSelect label={t('from')} value={from} options={parties} onChange={setFrom} />
      <OptionSelect label={t('to')} value={to} options={parties} onChange={setTo} />
      <OptionSelect
        label={t('contract')}
        value={contractKey}
        options={[
          { value: '', label: t('noContract') },
          ...data.contracts.map((contract) => ({ value: contract.key, label: contract.title })),
        ]}
        onChange={setContractKey}
      />
      <Field label={t('contact')}>
        <Input value={contactName} onChange={(_, value) => setContactName(value.value)} />
      </Field>
    </FormDialog>
  );
}

type ClaimChoice = 'weDoIt' | 'notUs' | `other:${string}`;

function toClaim(choice: ClaimChoice): DutyClaim {
  if (choice === 'weDoIt' || choice === 'notUs') return { kind: choice };
  return { kind: 'otherParty', party: partyFromId(choice.slice('other:'.length)) };
}

/** Records a duty and what each of up to two parties states about it. */
export function AddDutyDialog({ governance, data, onSaved }: InventoryDialogProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const parties = partyOptions(data, locale);
  const [kind, setKind] = useState<DutyKind>('patching');
  const [title, setTitle] = useState('');
  const [assetKey, setAssetKey] = useState('');
  const [secondAssetKey, setSecondAssetKey] = useState('');
  const [first, setFirst] = useState(parties[1]?.value ?? 'organisation');
  const [firstClaim, setFirstClaim] = useState<ClaimChoice>('weDoIt');
  const [second, setSecond] = useState('');
  const [secondClaim, setSecondClaim] = useState<ClaimChoice>('notUs');

  const claimOptions = [
    { value: 'weDoIt', label: t('claimWeDoIt') },
    { value: 'notUs', label: t('claimNotUs') },
    ...parties.map((party) => ({
      value: `other:${party.value}`,
      label: t('claimOther', { party: party.label }),
    })),
  ];

  const save = async () => {
    const statements: DutyStatement[] = [
      { party: partyFromId(first), claim: toClaim(firstClaim) },
      ...(second ? [{ party: partyFromId(second), claim: toClaim(secondClaim) }] : []),
    ];
    await governance.duties.create({
      key: newKey('duty'),
      kind,
      title: title.trim() || undefined,
      assetKeys: [assetKey, secondAssetKey].filter(Boolean),
      interfaceAssetKeys:
        kind === 'interface' && assetKey && secondAssetKey ? [assetKey, secondAssetKey] : undefined,
      statements,
    });
    await onSaved();
  };

  return (
    <FormDialog
      title={t('addDuty')}
      canSave={kind !== 'other' || title.trim() !== ''}
      onSave={save}
    >
      <OptionSelect
        label={t('duty')}
        value={kind}
        options={dutyKinds.map((term) => ({
          value: term.key,
          label: pickText(term.label, locale),
        }))}
        onChange={(value) => setKind(value as DutyKind)}
      />
      <Field label={t('dutyTitle')} required={kind === 'other'}>
        <Input value={title} onChange={(_, value) => setTitle(value.value)} />
      </Field>
      <OptionSelect
        label={t('asset')}
        value={assetKey}
        options={[
          { value: '', label: t('none') },
          ...data.assets.map((asset) => ({ value: asset.key, label: asset.name })),
        ]}
        onChange={setAssetKey}
      />
      {kind === 'interface' && (
        <OptionSelect
          label={t('secondAsset')}
          value={secondAssetKey}
          options={[
            { value: '', label: t('none') },
            ...data.assets.map((asset) => ({ value: asset.key, label: asset.name })),
          ]}
          onChange={setSecondAssetKey}
        />
      )}
      <OptionSelect label={`${t('party')} 1`} value={first} options={parties} onChange={setFirst} />
      <OptionSelect
        label={`${t('claim')} 1`}
        value={firstClaim}
        options={claimOptions}
        onChange={(value) => setFirstClaim(value as ClaimChoice)}
      />
      <OptionSelect
        label={`${t('party')} 2`}
        value={second}
        options={[{ value: '', label: t('none') }, ...parties]}
        onChange={setSecond}
      />
      <OptionSelect
        label={`${t('claim')} 2`}
        value={secondClaim}
        options={claimOptions}
        onChange={(value) => setSecondClaim(value as ClaimChoice)}
      />
    </FormDialog>
  );
}
