/** The shape of a governance flag and the names it uses in its sentences. */
import { dutyKinds } from '../../content/governance';
import type { LocalizedText } from '../../content/model';
import type { Duty, GovernanceData, RecordRef } from './model';

/** Stable codes of the governance flags, which the UI and stored reminders use as keys. */
export type GovernanceFlagCode =
  | 'duty-unclaimed'
  | 'duty-mutual-deferral'
  | 'duty-shared-without-lead'
  | 'interface-without-owner'
  | 'chain-without-contract'
  | 'chain-cycle'
  | 'privileged-access-unknown-subcontractor';

/** A gap in who does what, with the records it concerns and a sentence in both languages. */
export interface GovernanceFlag {
  code: GovernanceFlagCode;
  records: RecordRef[];
  message: LocalizedText;
}

/** Returns an asset's name, or its key when the asset is not in the data. */
export function assetName(data: GovernanceData, assetKey: string): string {
  return data.assets.find((asset) => asset.key === assetKey)?.name ?? assetKey;
}

/** Returns a duty's name: its title, or its kind with the assets it covers. */
export function dutyName(data: GovernanceData, duty: Duty): LocalizedText {
  if (duty.title) return { nl: duty.title, en: duty.title };
  const kind = dutyKinds.find((entry) => entry.key === duty.kind)?.label ?? {
    nl: duty.kind,
    en: duty.kind,
  };
  if (duty.assetKeys.length === 0) return kind;
  const assets = duty.assetKeys.map((key) => assetName(data, key)).join(', ');
  return { nl: `${kind.nl} voor ${assets}`, en: `${kind.en} for ${assets}` };
}
