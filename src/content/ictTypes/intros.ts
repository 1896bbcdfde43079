/** Lines the report prints above a building block's steps in chapter 3. */
import type { LocalizedText } from '../model';

/** Above block 3 in every type. */
export const stepwiseIntro: LocalizedText = {
  nl: 'Ga hierbij stapsgewijs te werk:',
  en: 'Proceed step by step:',
};

/** Above block 4 in types 2 and 3. */
export const jointGovernanceIntro: LocalizedText = {
  nl: 'De interne coördinator en de externe ICT-ondersteuning werken samen om de governancestructuur op te zetten.',
  en: 'The internal coordinator and the external ICT support work together to set up the governance structure.',
};
