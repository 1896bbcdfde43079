/** Names of governance records, for the flags that point at them. */
import { roleKinds } from '../../../content/governance';
import { dutyName } from '../../../domain/governance/flag';
import type { GovernanceData, RecordRef } from '../../../domain/governance/model';
import { pickText, type Locale } from '../../i18n/messages';
import { partyLabel, termLabel } from './labels';

/** Returns a short name for a record, or its key when the record is not loaded. */
export function recordName(data: GovernanceData, ref: RecordRef, locale: Locale): string {
  switch (ref.type) {
    case 'asset':
      return data.assets.find((entry) => entry.key === ref.key)?.name ?? ref.key;
    case 'partner':
      return data.partners.find((entry) => entry.key === ref.key)?.name ?? ref.key;
    case 'contract':
      return data.contracts.find((entry) => entry.key === ref.key)?.title ?? ref.key;
    case 'dataOwnership':
      return data.dataOwnership.find((entry) => entry.key === ref.key)?.dataSet ?? ref.key;
    case 'duty': {
      const duty = data.duties.find((entry) => entry.key === ref.key);
      return duty ? pickText(dutyName(data, duty), locale) : ref.key;
    }
    case 'role': {
      const role = data.roles.find((entry) => entry.key === ref.key);
      if (!role) return ref.key;
      const asset = data.assets.find((entry) => entry.key === role.assetKey)?.name ?? role.assetKey;
      return `${termLabel(roleKinds, role.role, locale)} ${asset}: ${partyLabel(data, role.from, locale)} → ${partyLabel(data, role.to, locale)}`;
    }
    case 'access':
    case 'dependency': {
      const entry = [...data.access, ...data.dependencies].find((item) => item.key === ref.key);
      return entry
        ? partyLabel(data, { kind: 'partner', partnerKey: entry.partnerKey }, locale)
        : ref.key;
    }
  }
}
