/** Parties as select options: the bestuur first, then every partner. */
import type { GovernanceData, PartyRef } from '../../../domain/governance/model';
import { partyId } from '../../../domain/governance/parties';
import type { Locale } from '../../i18n/messages';
import { partyLabel } from './labels';
import type { SelectOption } from './TermSelect';

/** Returns the bestuur and the partners as options, valued by `partyId`. */
export function partyOptions(data: GovernanceData, locale: Locale): SelectOption[] {
  const parties: PartyRef[] = [
    { kind: 'organisation' },
    ...data.partners.map((partner) => ({ kind: 'partner' as const, partnerKey: partner.key })),
  ];
  return parties.map((party) => ({
    value: partyId(party),
    label: partyLabel(data, party, locale),
  }));
}

/** Reads a `partyId` value back into a party. */
export function partyFromId(id: string): PartyRef {
  return id.startsWith('partner:')
    ? { kind: 'partner', partnerKey: id.slice('partner:'.length) }
    : { kind: 'organisation' };
}
