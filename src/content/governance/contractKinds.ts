/** Kinds of contract between a bestuur and its partners, or between two partners. */
import type { GovernanceTerm } from './term';

/** A kind of contract. */
export type ContractKind = 'licence' | 'maintenance' | 'sla' | 'serviceAgreement' | 'framework';

/** The contract kinds, in the order the UI lists them. */
export const contractKinds: readonly GovernanceTerm<ContractKind>[] = [
  { key: 'licence', label: { nl: 'Licentie', en: 'Licence' } },
  { key: 'maintenance', label: { nl: 'Onderhoudscontract', en: 'Maintenance contract' } },
  { key: 'sla', label: { nl: 'SLA', en: 'SLA' } },
  {
    key: 'serviceAgreement',
    label: { nl: 'Dienstverleningsovereenkomst', en: 'Service agreement' },
  },
  { key: 'framework', label: { nl: 'Raamcontract', en: 'Framework contract' } },
];
