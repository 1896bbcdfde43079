/** Kinds of ICT asset a bestuur records, and the entities of the bestuur that use them. */
import type { GovernanceTerm } from './term';

/** A kind of ICT asset in the inventory. */
export type AssetKind = 'hardware' | 'software' | 'cloudService' | 'network' | 'dataCentre';

/** The asset kinds, in the order the UI lists them. */
export const assetKinds: readonly GovernanceTerm<AssetKind>[] = [
  { key: 'hardware', label: { nl: 'Hardware', en: 'Hardware' } },
  { key: 'software', label: { nl: 'Software', en: 'Software' } },
  { key: 'cloudService', label: { nl: 'Clouddienst', en: 'Cloud service' } },
  { key: 'network', label: { nl: 'Netwerk', en: 'Network' } },
  { key: 'dataCentre', label: { nl: 'Datacenter', en: 'Data centre' } },
];

/** An entity of the bestuur that uses an asset. */
export type EntityKind = 'gemeente' | 'ocmw' | 'agb' | 'woonzorgcentrum' | 'school' | 'other';

/** The entity kinds. The English labels keep the Dutch name of each Flemish body. */
export const entityKinds: readonly GovernanceTerm<EntityKind>[] = [
  { key: 'gemeente', label: { nl: 'Gemeente', en: 'Municipality (gemeente)' } },
  { key: 'ocmw', label: { nl: 'OCMW', en: 'Public social welfare centre (OCMW)' } },
  { key: 'agb', label: { nl: 'AGB', en: 'Autonomous municipal company (AGB)' } },
  { key: 'woonzorgcentrum', label: { nl: 'Woonzorgcentrum', en: 'Residential care centre' } },
  { key: 'school', label: { nl: 'School', en: 'School' } },
  { key: 'other', label: { nl: 'Andere', en: 'Other' } },
];
