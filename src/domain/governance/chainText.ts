/** Describes a role chain in plain Dutch and English sentences, for screen readers. */
import { roleKinds } from '../../content/governance';
import type { LocalizedText } from '../../content/model';
import type { ChainLink, RoleChain } from './chain';
import type { GovernanceData } from './model';
import { capitalise, joinNames, partyName } from './parties';

function roleLabel(chain: RoleChain): LocalizedText {
  const term = roleKinds.find((entry) => entry.key === chain.role);
  return term?.label ?? { nl: chain.role, en: chain.role };
}

function assetName(data: GovernanceData, chain: RoleChain): string {
  return data.assets.find((asset) => asset.key === chain.assetKey)?.name ?? chain.assetKey;
}

function handOver(data: GovernanceData, link: ChainLink): LocalizedText {
  const from = partyName(data, link.from);
  const to = partyName(data, link.to);
  return {
    nl: `${capitalise(from.nl)} geeft deze rol aan ${to.nl}.`,
    en: `${capitalise(from.en)} hands this role to ${to.en}.`,
  };
}

function ending(data: GovernanceData, chain: RoleChain): LocalizedText {
  if (chain.status === 'unassigned') {
    return { nl: 'Niemand heeft deze rol gekregen.', en: 'Nobody has been given this role.' };
  }
  if (chain.status === 'cycle' && chain.cycleLink) {
    const from = partyName(data, chain.cycleLink.from);
    const to = partyName(data, chain.cycleLink.to);
    return {
      nl: `${capitalise(from.nl)} geeft de rol terug aan ${to.nl}, dus de keten loopt in een kring en het is niet zeker wie het werk uitvoert.`,
      en: `${capitalise(from.en)} hands the role back to ${to.en}, so the chain loops and it is not certain who does the work.`,
    };
  }
  if (chain.status === 'branched' && chain.branches) {
    const from = partyName(data, chain.branches[0]!.from);
    const targets = joinNames(chain.branches.map((link) => partyName(data, link.to)));
    return {
      nl: `${capitalise(from.nl)} geeft deze rol aan ${targets.nl} tegelijk, dus wie het werk doet is niet eenduidig.`,
      en: `${capitalise(from.en)} hands this role to ${targets.en} at once, so who does the work is unclear.`,
    };
  }
  const doer = partyName(data, chain.doer ?? chain.parties[chain.parties.length - 1]!);
  return {
    nl: `${capitalise(doer.nl)} voert het werk uit.`,
    en: `${capitalise(doer.en)} does the work.`,
  };
}

/** Returns the chain as a short paragraph in Dutch and in English. */
export function describeRoleChain(data: GovernanceData, chain: RoleChain): LocalizedText {
  const role = roleLabel(chain);
  const asset = assetName(data, chain);
  const sentences: LocalizedText[] = [
    { nl: `Rol ‘${role.nl}’ voor ${asset}.`, en: `Role ‘${role.en}’ for ${asset}.` },
    ...chain.links.map((link) => handOver(data, link)),
    ending(data, chain),
  ];
  return {
    nl: sentences.map((sentence) => sentence.nl).join(' '),
    en: sentences.map((sentence) => sentence.en).join(' '),
  };
}
