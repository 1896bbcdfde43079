/** Risks in the list "Risicoradar risico’s". */
import type { RiskDomainId } from '../../content/model';
import type { Risk, RiskOrigin, RiskStatus } from '../../domain/model';
import {
  checkText,
  checkTitle,
  personColumns,
  personFields,
  readNumber,
  readPerson,
  readText,
  type EntityMapper,
} from './fields';
import { readRiskLinks, RISK_LINK_COLUMNS, riskLinkFields } from './governanceFields';

/** Maps a risk; the owners take three text columns each. */
export const riskMapper: EntityMapper<Risk> = {
  list: 'risks',
  columns: [
    'Description',
    'Domain',
    'Cause',
    'Likelihood',
    'Impact',
    ...personColumns('RiskOwner'),
    ...personColumns('ActionOwner'),
    'Status',
    'Origin',
    'OriginRef',
    'ThreadUrl',
    ...RISK_LINK_COLUMNS,
  ],
  validate: (risk) => {
    checkTitle(risk.title);
    checkText(risk.description, 'description');
    checkText(risk.cause, 'cause');
  },
  toFields: (risk) => ({
    Title: risk.title,
    Description: risk.description,
    Domain: risk.domain,
    Cause: risk.cause,
    Likelihood: risk.likelihood,
    Impact: risk.impact,
    ...personFields('RiskOwner', risk.riskOwner),
    ...personFields('ActionOwner', risk.actionOwner),
    Status: risk.status,
    Origin: risk.origin,
    OriginRef: risk.originRef ?? '',
    ThreadUrl: risk.threadUrl ?? '',
    ...riskLinkFields(risk),
  }),
  fromFields: (fields) => ({
    title: readText(fields, 'Title') ?? '',
    description: readText(fields, 'Description') ?? '',
    domain: (readText(fields, 'Domain') ?? 'd1') as RiskDomainId,
    cause: readText(fields, 'Cause') ?? '',
    likelihood: readNumber(fields, 'Likelihood', 1),
    impact: readNumber(fields, 'Impact', 1),
    riskOwner: readPerson(fields, 'RiskOwner'),
    actionOwner: readPerson(fields, 'ActionOwner'),
    status: (readText(fields, 'Status') ?? 'open') as RiskStatus,
    origin: (readText(fields, 'Origin') ?? 'own') as RiskOrigin,
    originRef: readText(fields, 'OriginRef'),
    threadUrl: readText(fields, 'ThreadUrl'),
    ...readRiskLinks(fields),
  }),
};
