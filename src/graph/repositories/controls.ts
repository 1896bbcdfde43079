/** Controls (beheersmaatregelen) in the list "Risicoradar beheersmaatregelen". */
import type { RiskDomainId } from '../../content/model';
import type { Control, Responsibility } from '../../domain/model';
import { MAX_TITLE_LENGTH } from '../schema';
import { GraphValidationError } from '../validation';
import {
  checkText,
  checkTitle,
  personColumns,
  personFields,
  readPerson,
  readText,
  type EntityMapper,
  type Fields,
} from './fields';

/** Reads a JSON array of strings; a missing or damaged value gives an empty array. */
function readKeys(fields: Fields, name: string): string[] {
  const text = readText(fields, name);
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  } catch {
    console.error(`[graph] column ${name} holds no JSON array; read as empty`);
    return [];
  }
}

function readResponsibility(fields: Fields): Responsibility | undefined {
  const value = readText(fields, 'Responsibility');
  return value === 'internal' || value === 'external' ? value : undefined;
}

/** Maps a control; the domains and the covered risks are JSON arrays of keys. */
export const controlMapper: EntityMapper<Control> = {
  list: 'controls',
  columns: [
    'Description',
    'MeasureKey',
    'Level',
    'Domains',
    'RiskKeys',
    'Responsibility',
    'ExternalParty',
    ...personColumns('Responsible'),
  ],
  validate: (control) => {
    checkTitle(control.title);
    checkText(control.description, 'description');
    const party = control.externalParty ?? '';
    if (party.length > MAX_TITLE_LENGTH) {
      throw GraphValidationError.tooLong('externalParty', MAX_TITLE_LENGTH, party.length);
    }
    checkText(JSON.stringify(control.riskKeys), 'riskKeys');
  },
  toFields: (control) => ({
    Title: control.title,
    Description: control.description,
    MeasureKey: control.measureKey ?? '',
    Level: control.level ?? '',
    Domains: JSON.stringify(control.domains),
    RiskKeys: JSON.stringify(control.riskKeys),
    Responsibility: control.responsibility ?? '',
    ExternalParty: control.externalParty ?? '',
    ...personFields('Responsible', control.responsible),
  }),
  fromFields: (fields) => ({
    title: readText(fields, 'Title') ?? '',
    description: readText(fields, 'Description') ?? '',
    measureKey: readText(fields, 'MeasureKey'),
    level: readText(fields, 'Level'),
    domains: readKeys(fields, 'Domains') as RiskDomainId[],
    riskKeys: readKeys(fields, 'RiskKeys'),
    responsibility: readResponsibility(fields),
    externalParty: readText(fields, 'ExternalParty'),
    responsible: readPerson(fields, 'Responsible'),
  }),
};
