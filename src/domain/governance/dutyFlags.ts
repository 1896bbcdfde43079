/** Flags on duties: nobody does it, two parties point at each other, or several do it without a lead. */
import type { LocalizedText } from '../../content/model';
import { dutyName, type GovernanceFlag } from './flag';
import type { Duty, DutyStatement, GovernanceData, PartyRef, RecordRef } from './model';
import { capitalise, joinNames, partyId, partyName, sameParty } from './parties';

function doers(duty: Duty): PartyRef[] {
  return duty.statements
    .filter((statement) => statement.claim.kind === 'weDoIt')
    .map((statement) => statement.party);
}

function pointsAt(statement: DutyStatement, party: PartyRef): boolean {
  return statement.claim.kind === 'otherParty' && sameParty(statement.claim.party, party);
}

/** Returns each pair of parties that each state the other one does the duty, once per pair. */
export function mutualDeferrals(duty: Duty): [PartyRef, PartyRef][] {
  const pairs: [PartyRef, PartyRef][] = [];
  const seen = new Set<string>();
  for (const statement of duty.statements) {
    if (statement.claim.kind !== 'otherParty') continue;
    const other = statement.claim.party;
    const answer = duty.statements.find((entry) => sameParty(entry.party, other));
    if (!answer || !pointsAt(answer, statement.party)) continue;

    const id = [partyId(statement.party), partyId(other)].sort().join('|');
    if (seen.has(id)) continue;
    seen.add(id);
    pairs.push([statement.party, other]);
  }
  return pairs;
}

/** True when some party states it does the duty or an agreement names a lead. */
export function dutyHasOwner(duty: Duty): boolean {
  return doers(duty).length > 0 || duty.lead !== undefined;
}

function dutyRef(duty: Duty): RecordRef {
  return { type: 'duty', key: duty.key };
}

function unclaimed(name: LocalizedText, duty: Duty): GovernanceFlag {
  return {
    code: 'duty-unclaimed',
    records: [dutyRef(duty)],
    message: {
      nl: `Geen enkele partij zegt dat ze ${name.nl} uitvoert, en geen afspraak wijst iemand aan.`,
      en: `No party states that it carries out ${name.en}, and no agreement names anyone.`,
    },
  };
}

function mutual(data: GovernanceData, name: LocalizedText, duty: Duty, pair: PartyRef[]) {
  const [a, b] = pair.map((party) => partyName(data, party)) as [LocalizedText, LocalizedText];
  const flag: GovernanceFlag = {
    code: 'duty-mutual-deferral',
    records: [dutyRef(duty)],
    message: {
      nl: `${capitalise(a.nl)} denkt dat ${b.nl} ${name.nl} uitvoert, en ${b.nl} denkt dat ${a.nl} het doet. Zo doet niemand het.`,
      en: `${capitalise(a.en)} believes ${b.en} carries out ${name.en}, and ${b.en} believes ${a.en} does. So nobody does it.`,
    },
  };
  return flag;
}

function sharedWithoutLead(data: GovernanceData, name: LocalizedText, duty: Duty): GovernanceFlag {
  const parties = joinNames(doers(duty).map((party) => partyName(data, party)));
  return {
    code: 'duty-shared-without-lead',
    records: [dutyRef(duty)],
    message: {
      nl: `${capitalise(parties.nl)} zeggen elk dat ze ${name.nl} uitvoeren, maar geen afspraak bepaalt wie de leiding heeft.`,
      en: `${capitalise(parties.en)} each state that they carry out ${name.en}, but no agreement says who leads.`,
    },
  };
}

/** Returns the duty flags for one duty. `interfaceOwnerFlag` flags an interface without owner. */
export function dutyFlags(data: GovernanceData, duty: Duty): GovernanceFlag[] {
  const name = dutyName(data, duty);
  const pairs = mutualDeferrals(duty);
  const flags = pairs.map((pair) => mutual(data, name, duty, pair));

  // Two parties pointing at each other already explain why nobody does it, so one flag is enough.
  if (!dutyHasOwner(duty) && pairs.length === 0 && duty.kind !== 'interface') {
    flags.push(unclaimed(name, duty));
  }
  if (doers(duty).length > 1 && duty.lead === undefined) {
    flags.push(sharedWithoutLead(data, name, duty));
  }
  return flags;
}
