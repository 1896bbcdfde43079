/** The four MoSCoW classes that the report recommends for prioritising risks and actions. */
import type { MoscowDefinition } from './model';

const source = { where: 'Hoofdstuk 3.1, Inspiratiebronnen (MoSCoW)' };

/** Must, Should, Could and Won't, with their meaning in our own words. */
export const moscowClasses: readonly MoscowDefinition[] = [
  {
    id: 'must',
    label: { nl: 'Must have', en: 'Must have' },
    meaning: {
      nl: 'Moet gebeuren, zonder uitzondering. Als één must have niet af is, haalt het plan zijn doel niet.',
      en: 'Has to be done, without exception. If a single must have is not done, the plan misses its goal.',
    },
    source,
  },
  {
    id: 'should',
    label: { nl: 'Should have', en: 'Should have' },
    meaning: {
      nl: 'Hoort ook te gebeuren, maar met wat speling: een andere oplossing of een latere termijn kan.',
      en: 'Ought to be done too, but with some room: another solution or a later date is possible.',
    },
    source,
  },
  {
    id: 'could',
    label: { nl: 'Could have', en: 'Could have' },
    meaning: {
      nl: 'Nuttig maar niet nodig. Pas aan beginnen als de must en should haves klaar zijn en er nog tijd en middelen over zijn.',
      en: 'Useful but not needed. Start on it only once the must and should haves are done and time and resources are left.',
    },
    source,
  },
  {
    id: 'wont',
    label: { nl: 'Won’t have', en: 'Won’t have' },
    meaning: {
      nl: 'Afgesproken om nu niet te doen. Er gaan geen tijd of middelen naartoe, omdat dat ten koste zou gaan van wat belangrijker is.',
      en: 'Agreed not to do for now. No time or resources go to it, because that would come at the cost of what matters more.',
    },
    source,
  },
];
