/** Describes roles, duties, access and subcontractors as labelled values for the conflict view. */
import { roleKinds } from '../../../content/governance';
import { dutyName } from '../../../domain/governance/flag';
import type {
  Duty,
  DutyClaim,
  GovernanceData,
  PartyDependency,
  PrivilegedAccess,
  RoleAssignment,
} from '../../../domain/governance/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import type { DescribeRecord } from './editConflict';
import { partyLabel, termLabel } from './labels';
import { governanceMessages } from './messages';

/** The describers of the records that link parties to assets, in the current locale. */
export interface LinkDescribers {
  role: DescribeRecord<RoleAssignment>;
  duty: DescribeRecord<Duty>;
  access: DescribeRecord<PrivilegedAccess>;
  dependency: DescribeRecord<PartyDependency>;
}

/** Returns describers that list the fields each of these forms edits. */
export function useLinkDescribers(data: GovernanceData): LinkDescribers {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const none = t('none');
  const party = (ref: Parameters<typeof partyLabel>[1]) => partyLabel(data, ref, locale);
  const partner = (partnerKey: string) => party({ kind: 'partner', partnerKey });
  const asset = (key: string) => data.assets.find((entry) => entry.key === key)?.name ?? key;
  const contract = (key?: string) =>
    (key && data.contracts.find((entry) => entry.key === key)?.title) || none;
  const roles = (keys: string[]) =>
    keys.map((key) => termLabel(roleKinds, key, locale)).join(', ') || none;
  const claimText = (claim: DutyClaim) =>
    claim.kind === 'otherParty'
      ? t('claimOther', { party: party(claim.party) })
      : t(claim.kind === 'weDoIt' ? 'claimWeDoIt' : 'claimNotUs');
  return {
    role: (role) => [
      [t('asset'), asset(role.assetKey)],
      [t('role'), termLabel(roleKinds, role.role, locale)],
      [t('from'), party(role.from)],
      [t('to'), party(role.to)],
      [t('contract'), contract(role.contractKey)],
      [t('contact'), role.contactName ?? none],
    ],
    duty: (duty) => [
      [t('duty'), pickText(dutyName(data, duty), locale)],
      [t('asset'), duty.assetKeys.map(asset).join(', ') || none],
      [
        t('statements'),
        duty.statements
          .map((statement) => `${party(statement.party)}: ${claimText(statement.claim)}`)
          .join('; ') || none,
      ],
    ],
    access: (entry) => [
      [t('partner'), partner(entry.partnerKey)],
      [t('accessRemoteControl'), entry.kinds.includes('remoteControl') ? t('yes') : t('no')],
      [t('accessAdministrator'), entry.kinds.includes('administrator') ? t('yes') : t('no')],
    ],
    dependency: (entry) => [
      [t('partner'), partner(entry.partnerKey)],
      [t('dependsOn'), party(entry.dependsOn)],
      [t('role'), roles(entry.roles)],
    ],
  };
}
