/** Rounds of the self-assessment in the list "Risicoradar rondes". */
import type { Round } from '../../domain/model';
import { checkDate, checkTitle, readText, type EntityMapper } from './fields';

/** Maps a round: its name is the item's Title. */
export const roundMapper: EntityMapper<Round> = {
  list: 'rounds',
  columns: ['ReferenceDate'],
  validate: (round) => {
    checkTitle(round.name, 'name');
    checkDate(round.referenceDate, 'referenceDate');
  },
  toFields: (round) => ({ Title: round.name, ReferenceDate: round.referenceDate }),
  fromFields: (fields) => ({
    name: readText(fields, 'Title') ?? '',
    referenceDate: readText(fields, 'ReferenceDate') ?? '',
  }),
};
