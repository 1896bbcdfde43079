/** Risks in the list "Risicoradar risico’s". */
import type { RiskDomainId } from '../../content/model';
import type {
  Person,
  Responsibility,
  Risk,
  RiskOrigin,
  RiskStatus,
  RiskTreatment,
} from '../../domain/model';
import {
  checkDate,
  checkText,
  checkTitle,
  personColumns,
  personFields,
  readNumber,
  readPerson,
  readText,
  type EntityMapper,
  type Fields,
} from './fields';
import {
  readJson,
  readOptionalNumber,
  readRiskLinks,
  RISK_LINK_COLUMNS,
  riskLinkFields,
} from './governanceFields';
import type { GraphApi } from '../api';
import { listDefinition } from '../schema';
import type { SiteDirectory } from '../sites';
import type { ItemChange, RiskRepository } from '../store';
import { ListRepository } from './listRepository';
import { readItemVersions, versionChanges } from './versions';

const DEPTH_COLUMNS = [
  'Consequences',
  'ResidualLikelihood',
  'ResidualImpact',
  'Treatment',
  'AcceptanceReason',
  ...personColumns('AcceptedBy'),
  'AcceptedUntil',
  'ActionOwners',
  'Responsibility',
  'ExternalParty',
  'LastReview',
  'NextReview',
];

function isPersonArray(value: unknown): value is Person[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as Person).id === 'string' &&
        typeof (entry as Person).displayName === 'string',
    )
  );
}

// Graph clears a number column with null; an empty string is rejected as not a number.
function writeOptionalNumber(value: number | undefined): number | null {
  return value === undefined ? null : value;
}

function depthFields(risk: Risk): Fields {
  const accepted = risk.treatment === 'accept' ? risk.acceptance : undefined;
  return {
    Consequences: risk.consequences ?? '',
    ResidualLikelihood: writeOptionalNumber(risk.residualLikelihood),
    ResidualImpact: writeOptionalNumber(risk.residualImpact),
    Treatment: risk.treatment ?? '',
    AcceptanceReason: accepted?.reason ?? '',
    ...personFields('AcceptedBy', accepted?.acceptedBy),
    AcceptedUntil: accepted?.until ?? '',
    ActionOwners: risk.actionOwners?.length ? JSON.stringify(risk.actionOwners) : '',
    Responsibility: risk.responsibility ?? '',
    ExternalParty: risk.responsibility === 'external' ? (risk.externalParty ?? '') : '',
    LastReview: risk.lastReview ?? '',
    NextReview: risk.nextReview ?? '',
  };
}

// Empty values stay absent, so a risk read back equals the risk that was written.
function readDepth(fields: Fields): Partial<Risk> {
  const treatment = readText(fields, 'Treatment') as RiskTreatment | undefined;
  const actionOwners = readJson(fields, 'ActionOwners', isPersonArray, []);
  const read: Partial<Risk> = {
    consequences: readText(fields, 'Consequences'),
    residualLikelihood: readOptionalNumber(fields, 'ResidualLikelihood'),
    residualImpact: readOptionalNumber(fields, 'ResidualImpact'),
    treatment,
    actionOwners: actionOwners.length > 0 ? actionOwners : undefined,
    responsibility: readText(fields, 'Responsibility') as Responsibility | undefined,
    externalParty: readText(fields, 'ExternalParty'),
    lastReview: readText(fields, 'LastReview'),
    nextReview: readText(fields, 'NextReview'),
  };
  if (treatment === 'accept') {
    read.acceptance = {
      reason: readText(fields, 'AcceptanceReason') ?? '',
      acceptedBy: readPerson(fields, 'AcceptedBy'),
      until: readText(fields, 'AcceptedUntil'),
    };
  }
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined));
}

function validateRisk(risk: Risk): void {
  checkTitle(risk.title);
  checkText(risk.description, 'description');
  checkText(risk.cause, 'cause');
  checkText(risk.consequences, 'consequences');
  checkText(risk.acceptance?.reason, 'acceptanceReason');
  checkTitle(risk.externalParty ?? '', 'externalParty');
  checkDate(risk.acceptance?.until, 'acceptedUntil');
  checkDate(risk.lastReview, 'lastReview');
  checkDate(risk.nextReview, 'nextReview');
}

/** Maps a risk; each person takes three text columns, further action owners one JSON column. */
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
    ...DEPTH_COLUMNS,
  ],
  validate: validateRisk,
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
    ...depthFields(risk),
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
    ...readDepth(fields),
  }),
};

/** The risk list's repository, which also reads a risk's history from its item versions. */
export class RiskListRepository extends ListRepository<Risk> implements RiskRepository {
  constructor(api: GraphApi, directory: SiteDirectory) {
    super(api, directory, riskMapper);
  }

  /** Returns who changed which field of the risk and when, oldest version first. */
  async history(risk: Risk): Promise<ItemChange[]> {
    if (!risk.id) return [];
    const path = await this.directory.listPath('risks');
    const versions = await readItemVersions(this.api, path, risk.id);
    return versionChanges(versions, listDefinition('risks').columns);
  }
}
