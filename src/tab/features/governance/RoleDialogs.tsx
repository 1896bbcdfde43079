/** Dialogs that hand a role for an asset to a party, and record a duty with statements. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { dutyKinds, roleKinds, type DutyKind, type RoleKind } from '../../../content/governance';
import { dutyName } from '../../../domain/governance/flag';
import type {
  Duty,
  DutyClaim,
  DutyStatement,
  RoleAssignment,
} from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { FormDialog } from './FormDialog';
import type { InventoryDialogProps } from './InventoryDialogs';
import { governanceMessages } from './messages';
import { partyFromId, partyOptions } from './partyOptions';
import { recordName } from './recordNames';
import { useLinkDescribers } from './linkRows';
import { OptionSelect } from './TermSelect';
import { useRecordDialog } from './useRecordDialog';

/** Records that one party hands a role for an asset to another, under a contract, or edits it. */
export function RoleDialog(props: InventoryDialogProps<RoleAssignment>) {
  const { data, record } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const describe = useLinkDescribers(data);
  const parties = partyOptions(data, locale);
  const [assetKey, setAssetKey] = useState('');
  const [role, setRole] = useState<RoleKind>('manage');
  const [from, setFrom] = useState('organisation');
  const [to, setTo] = useState('organisation');
  const [contractKey, setContractKey] = useState('');
  const [contactName, setContactName] = useState('');

  const fill = () => {
    setAssetKey(record?.assetKey ?? data.assets[0]?.key ?? '');
    setRole(record?.role ?? 'manage');
    setFrom(record ? partyId(record.from) : 'organisation');
    setTo(record ? partyId(record.to) : (parties[1]?.value ?? 'organisation'));
    setContractKey(record?.contractKey ?? '');
    setContactName(record?.contactName ?? '');
  };

  const wiring = useRecordDialog({
    repository: props.governance.roles,
    record,
    name: record ? recordName(data, { type: 'role', key: record.key }, locale) : '',
    addTitle: t('addRole'),
    keyPrefix: 'role',
    describe: describe.role,
    onSaved: props.onSaved,
    fields: () => ({
      assetKey,
      role,
      from: partyFromId(from),
      to: partyFromId(to),
      contractKey: contractKey || undefined,
      contactName: contactName.trim() || undefined,
    }),
  });

  return (
    <FormDialog {...wiring} canSave={assetKey !== ''} onOpen={fill}>
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

function toChoice(claim: DutyClaim | undefined, fallback: ClaimChoice): ClaimChoice {
  if (!claim) return fallback;
  return claim.kind === 'otherParty' ? `other:${partyId(claim.party)}` : claim.kind;
}

/** Records a duty and what each of up to two parties states about it, or edits it. */
export function DutyDialog(props: InventoryDialogProps<Duty>) {
  const { data, record } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const describe = useLinkDescribers(data);
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

  const fill = () => {
    const [one, two] = record?.statements ?? [];
    setKind(record?.kind ?? 'patching');
    setTitle(record?.title ?? '');
    setAssetKey(record?.assetKeys[0] ?? '');
    setSecondAssetKey(record?.assetKeys[1] ?? '');
    setFirst(one ? partyId(one.party) : (parties[1]?.value ?? 'organisation'));
    setFirstClaim(toChoice(one?.claim, 'weDoIt'));
    setSecond(two ? partyId(two.party) : '');
    setSecondClaim(toChoice(two?.claim, 'notUs'));
  };

  const statements = (): DutyStatement[] => [
    { party: partyFromId(first), claim: toClaim(firstClaim) },
    ...(second ? [{ party: partyFromId(second), claim: toClaim(secondClaim) }] : []),
    // The form shows two statements; an edit keeps any further ones.
    ...(record?.statements.slice(2) ?? []),
  ];

  const wiring = useRecordDialog({
    repository: props.governance.duties,
    record,
    name: record ? pickText(dutyName(data, record), locale) : '',
    addTitle: t('addDuty'),
    keyPrefix: 'duty',
    describe: describe.duty,
    onSaved: props.onSaved,
    fields: () => ({
      kind,
      title: title.trim() || undefined,
      assetKeys: [assetKey, secondAssetKey, ...(record?.assetKeys.slice(2) ?? [])].filter(Boolean),
      interfaceAssetKeys:
        kind === 'interface' && assetKey && secondAssetKey
          ? ([assetKey, secondAssetKey] as [string, string])
          : undefined,
      statements: statements(),
      lead: record?.lead,
    }),
  });

  return (
    <FormDialog {...wiring} canSave={kind !== 'other' || title.trim() !== ''} onOpen={fill}>
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
