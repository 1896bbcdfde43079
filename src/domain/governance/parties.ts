/** Helpers that compare, name and look up parties across governance records. */
import type { LocalizedText } from '../../content/model';
import type { Contract, GovernanceData, PartyRef } from './model';

/** The id of the bestuur in `partyId` results. Partner ids carry a prefix, so they never clash. */
export const ORGANISATION_PARTY_ID = 'organisation';

/** The bestuur as a party. */
export const ORGANISATION: PartyRef = { kind: 'organisation' };

/** Returns a string that identifies a party, for maps and sets. */
export function partyId(party: PartyRef): string {
  return party.kind === 'organisation' ? ORGANISATION_PARTY_ID : `partner:${party.partnerKey}`;
}

/** True when both references name the same party. */
export function sameParty(a: PartyRef, b: PartyRef): boolean {
  return partyId(a) === partyId(b);
}

/** Returns a partner as a party. */
export function partnerParty(partnerKey: string): PartyRef {
  return { kind: 'partner', partnerKey };
}

/** Returns the name of a party in both languages, or the key of a partner that is not found. */
export function partyName(data: GovernanceData, party: PartyRef): LocalizedText {
  if (party.kind === 'organisation') {
    const name = data.organisationName;
    return name ? { nl: name, en: name } : { nl: 'het bestuur', en: 'the local government' };
  }
  const partner = data.partners.find((entry) => entry.key === party.partnerKey);
  const name = partner?.name ?? party.partnerKey;
  return { nl: name, en: name };
}

/** Returns the contracts between the bestuur and a party, in either direction. */
export function organisationContractsWith(data: GovernanceData, party: PartyRef): Contract[] {
  return data.contracts.filter(
    (contract) =>
      (contract.client.kind === 'organisation' && sameParty(contract.supplier, party)) ||
      (contract.supplier.kind === 'organisation' && sameParty(contract.client, party)),
  );
}

/** True when the party is the bestuur or the bestuur has at least one contract with it. */
export function organisationHasAgreementWith(data: GovernanceData, party: PartyRef): boolean {
  return party.kind === 'organisation' || organisationContractsWith(data, party).length > 0;
}

/** Joins names as a Dutch and an English list: "A, B en C" and "A, B and C". */
export function joinNames(names: LocalizedText[]): LocalizedText {
  return {
    nl: joinList(
      names.map((name) => name.nl),
      'en',
    ),
    en: joinList(
      names.map((name) => name.en),
      'and',
    ),
  };
}

function joinList(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Returns the text with its first letter in upper case, for a name that opens a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
