/** The roles a party plays for an asset, and the duties parties divide between them. */
import type { GovernanceTerm } from './term';

/** A role a party takes for an asset. */
export type RoleKind = 'manage' | 'secure' | 'maintain' | 'patch';

/** The role kinds, in the order the UI lists them. */
export const roleKinds: readonly GovernanceTerm<RoleKind>[] = [
  { key: 'manage', label: { nl: 'Beheren', en: 'Manage' } },
  { key: 'secure', label: { nl: 'Beveiligen', en: 'Secure' } },
  { key: 'maintain', label: { nl: 'Onderhouden', en: 'Maintain' } },
  { key: 'patch', label: { nl: 'Patchen', en: 'Patch' } },
];

/** A duty that one or more parties may take on. */
export type DutyKind =
  'patching' | 'backup' | 'firewall' | 'helpdesk' | 'securityMonitoring' | 'interface' | 'other';

/** The duty kinds. `interface` is the link between two applications. */
export const dutyKinds: readonly GovernanceTerm<DutyKind>[] = [
  { key: 'patching', label: { nl: 'Patchbeheer', en: 'Patch management' } },
  { key: 'backup', label: { nl: 'Back-up', en: 'Backup' } },
  { key: 'firewall', label: { nl: 'Firewallbeheer', en: 'Firewall management' } },
  { key: 'helpdesk', label: { nl: 'Helpdesk', en: 'Helpdesk' } },
  {
    key: 'securityMonitoring',
    label: { nl: 'Beveiligingsmonitoring', en: 'Security monitoring' },
  },
  {
    key: 'interface',
    label: { nl: 'Koppeling tussen twee toepassingen', en: 'Interface between two applications' },
  },
  { key: 'other', label: { nl: 'Andere', en: 'Other' } },
];
