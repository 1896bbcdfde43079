/** Kinds of external partner a bestuur works with for ICT. */
import type { GovernanceTerm } from './term';

/** A kind of external partner. */
export type PartnerKind =
  'firm' | 'independent' | 'intermunicipal' | 'province' | 'otherOrganisation';

/** The partner kinds, in the order the UI lists them. */
export const partnerKinds: readonly GovernanceTerm<PartnerKind>[] = [
  { key: 'firm', label: { nl: 'Firma', en: 'Firm' } },
  { key: 'independent', label: { nl: 'Zelfstandige', en: 'Independent contractor' } },
  {
    key: 'intermunicipal',
    label: {
      nl: 'Intergemeentelijk samenwerkingsverband',
      en: 'Intermunicipal partnership',
    },
  },
  { key: 'province', label: { nl: 'Provincie', en: 'Province' } },
  { key: 'otherOrganisation', label: { nl: 'Ander bestuur', en: 'Other local government' } },
];
