/** The app's SharePoint lists: ASCII internal column names, Dutch display names, indexes. */

/** Version of the list schema below; raise it when a release adds columns. */
export const SCHEMA_VERSION = 5;

/** SharePoint's and Planner's limit for a title, in characters. */
export const MAX_TITLE_LENGTH = 255;

/** Limit this app sets for descriptions and other free text, in characters. */
export const MAX_TEXT_LENGTH = 10_000;

/** One column as `POST /sites/{id}/lists/{id}/columns` accepts it. */
export interface ColumnDefinition {
  name: string;
  displayName: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; textType?: 'plain' };
  number?: { decimalPlaces?: 'none' | 'automatic' };
  boolean?: Record<string, never>;
}

/** One of the app's lists. */
export interface ListDefinition {
  /** Key the code uses for the list; provisioning finds the list by its display name. */
  id: ListId;
  displayName: string;
  description: string;
  columns: ColumnDefinition[];
}

export type ListId =
  'rounds' | 'answers' | 'risks' | 'actions' | 'settings' | GovernanceListId | 'controls';

const text = (name: string, displayName: string, indexed = false): ColumnDefinition => ({
  name,
  displayName,
  indexed,
  text: { maxLength: 255 },
});

const longText = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  text: { allowMultipleLines: true, textType: 'plain' },
});

// Dates are text 'YYYY-MM-DD', not dateOnly columns: Graph returns a dateOnly value as an instant
// at midnight in the site's time zone, which a reader in another zone shifts by a day.
const date = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  text: { maxLength: 10 },
});

const number = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  number: { decimalPlaces: 'none' },
});

/** Three text columns per person: Entra object id, user principal name, display name. */
const person = (prefix: string, displayName: string): ColumnDefinition[] => [
  text(`${prefix}Id`, `${displayName} (id)`, true),
  text(`${prefix}Upn`, `${displayName} (UPN)`),
  text(`${prefix}Name`, displayName),
];

/** Unique and indexed, so a retried create is rejected and can be found by its key. */
const CLIENT_KEY: ColumnDefinition = {
  name: 'ClientKey',
  displayName: 'Sleutel',
  indexed: true,
  enforceUniqueValues: true,
  text: { maxLength: 255 },
};

// --- Governance: inventory, suppliers and who does what per asset ---------------------------

/** The governance lists. Nested structures (parties, statements, asset keys) are JSON text. */
export type GovernanceListId =
  | 'assets'
  | 'partners'
  | 'contracts'
  | 'dataOwnership'
  | 'assetRoles'
  | 'duties'
  | 'access'
  | 'dependencies';

/** A party as text: 'organisation' for the bestuur, 'partner:{key}' for a partner. */
const party = (name: string, displayName: string): ColumnDefinition =>
  text(name, displayName, true);

/** JSON text: an array of asset keys, statements or entity uses. */
const json = (name: string, displayName: string): ColumnDefinition => longText(name, displayName);

/** Columns that link a risk to the assets and partners it concerns, as JSON arrays of keys. */
const RISK_LINK_COLUMNS: ColumnDefinition[] = [
  json('AssetKeys', 'ICT-middelen'),
  json('PartnerKeys', 'Partners'),
];

/** The governance lists in creation order, added to a team that has the older lists. */
const GOVERNANCE_LISTS: readonly ListDefinition[] = [
  {
    id: 'assets',
    displayName: 'Risicoradar ICT-middelen',
    description: 'Hardware, software, clouddiensten, netwerken en datacenters (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('Kind', 'Soort', true),
      ...person('Owner', 'Eigenaar'),
      json('UsedBy', 'Gebruikt door'),
    ],
  },
  {
    id: 'partners',
    displayName: 'Risicoradar partners',
    description: 'Leveranciers en andere externe partners (Risicoradar).',
    columns: [CLIENT_KEY, text('Kind', 'Soort', true), json('Contact', 'Contactpersoon')],
  },
  {
    id: 'contracts',
    displayName: 'Risicoradar contracten',
    description: 'Licenties, onderhoudscontracten, SLA’s en overeenkomsten (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('Kind', 'Soort', true),
      party('Client', 'Klant'),
      party('Supplier', 'Leverancier'),
      date('StartDate', 'Begindatum'),
      date('EndDate', 'Einddatum'),
      number('NoticeMonths', 'Opzegtermijn (maanden)'),
      { name: 'TacitRenewal', displayName: 'Stilzwijgende verlenging', boolean: {} },
      number('RenewalMonths', 'Verlenging (maanden)'),
      json('Cost', 'Kost'),
      json('AssetKeys', 'ICT-middelen'),
      ...person('Owner', 'Opvolger'),
    ],
  },
  {
    id: 'dataOwnership',
    displayName: 'Risicoradar data-eigenaarschap',
    description: 'Welke partij eigenaar is van welke gegevens (Risicoradar).',
    columns: [CLIENT_KEY, party('Owner', 'Eigenaar'), json('AssetKeys', 'ICT-middelen')],
  },
  {
    id: 'assetRoles',
    displayName: 'Risicoradar rollen per middel',
    description: 'Wie een ICT-middel beheert, beveiligt, onderhoudt en patcht (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('AssetKey', 'ICT-middel', true),
      text('Role', 'Rol', true),
      party('FromParty', 'Van'),
      party('ToParty', 'Aan'),
      text('ContractKey', 'Contract'),
      text('ContactName', 'Contactpersoon'),
    ],
  },
  {
    id: 'duties',
    displayName: 'Risicoradar taken',
    description: 'Taken tussen partijen en wat elke partij erover zegt (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('Kind', 'Soort', true),
      json('AssetKeys', 'ICT-middelen'),
      json('InterfaceAssetKeys', 'Gekoppelde toepassingen'),
      json('Statements', 'Verklaringen'),
      json('Lead', 'Trekker'),
    ],
  },
  {
    id: 'access',
    displayName: 'Risicoradar toegang op afstand',
    description: 'Overname op afstand en beheerdersrechten van partners (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('PartnerKey', 'Partner', true),
      json('AccessKinds', 'Soort toegang'),
      json('AssetKeys', 'ICT-middelen'),
    ],
  },
  {
    id: 'dependencies',
    displayName: 'Risicoradar onderaannemers',
    description: 'Partijen waarop een partner zelf steunt (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('PartnerKey', 'Partner', true),
      party('DependsOn', 'Steunt op'),
      json('Roles', 'Rollen'),
      text('ContractKey', 'Contract'),
    ],
  },
];

// --- End of governance ------------------------------------------------------------------------

/** The controls (beheersmaatregelen), added in schema version 4 to a team that has the others. */
const CONTROLS_LIST: ListDefinition = {
  id: 'controls',
  displayName: 'Risicoradar beheersmaatregelen',
  description: 'Beheersmaatregelen, de risico’s die ze afdekken en wie ze uitvoert (Risicoradar).',
  columns: [
    CLIENT_KEY,
    longText('Description', 'Beschrijving'),
    text('MeasureKey', 'Maatregel uit vraag 16', true),
    text('Level', 'Mate van invoering'),
    json('Domains', 'Risicodomeinen'),
    json('RiskKeys', 'Risico’s'),
    text('Responsibility', 'Verantwoordelijkheid'),
    text('ExternalParty', 'Externe partij'),
    ...person('Responsible', 'Verantwoordelijke'),
  ],
};

/**
 * The risk's fields added in schema version 5: consequences, the score after controls, the
 * treatment and acceptance, the action owners, the responsibility and the review dates.
 */
const RISK_DEPTH_COLUMNS: ColumnDefinition[] = [
  longText('Consequences', 'Gevolgen'),
  number('ResidualLikelihood', 'Restkans'),
  number('ResidualImpact', 'Restimpact'),
  text('Treatment', 'Behandeling', true),
  longText('AcceptanceReason', 'Reden van aanvaarding'),
  ...person('AcceptedBy', 'Aanvaard door'),
  date('AcceptedUntil', 'Aanvaard tot'),
  json('ActionOwners', 'Andere actie-eigenaars'),
  text('Responsibility', 'Verantwoordelijkheid'),
  text('ExternalParty', 'Externe partij'),
  date('LastReview', 'Laatste herziening'),
  date('NextReview', 'Volgende herziening'),
];

/** The lists in creation order: the five core lists, the governance lists, then the controls. */
export const LISTS: readonly ListDefinition[] = [
  {
    id: 'rounds',
    displayName: 'Risicoradar rondes',
    description: 'Rondes van de zelfevaluatie (Risicoradar).',
    columns: [CLIENT_KEY, date('ReferenceDate', 'Referentiedatum')],
  },
  {
    id: 'answers',
    displayName: 'Risicoradar antwoorden',
    description: 'Antwoorden op de zelfevaluatie, per ronde (Risicoradar).',
    columns: [
      CLIENT_KEY,
      text('RoundKey', 'Ronde', true),
      text('QuestionId', 'Vraag', true),
      text('RowKey', 'Rij'),
      text('Slot', 'Ronde, vraag en rij', true),
      longText('AnswerValue', 'Antwoord'),
      ...person('AnsweredBy', 'Beantwoord door'),
    ],
  },
  {
    id: 'risks',
    displayName: 'Risicoradar risico’s',
    description: 'Het risicoregister (Risicoradar).',
    columns: [
      CLIENT_KEY,
      longText('Description', 'Beschrijving'),
      text('Domain', 'Risicodomein', true),
      longText('Cause', 'Oorzaak'),
      number('Likelihood', 'Waarschijnlijkheid'),
      number('Impact', 'Impact'),
      ...person('RiskOwner', 'Risico-eigenaar'),
      ...person('ActionOwner', 'Actie-eigenaar'),
      text('Status', 'Status', true),
      text('Origin', 'Herkomst'),
      text('OriginRef', 'Herkomst (verwijzing)'),
      longText('ThreadUrl', 'Gesprek'),
      ...RISK_LINK_COLUMNS,
      ...RISK_DEPTH_COLUMNS,
    ],
  },
  {
    id: 'actions',
    displayName: 'Risicoradar acties',
    description: 'Het actieplan (Risicoradar).',
    columns: [
      CLIENT_KEY,
      longText('Description', 'Beschrijving'),
      text('RiskKey', 'Risico', true),
      text('Domain', 'Risicodomein'),
      text('Moscow', 'MoSCoW-klasse', true),
      ...person('Owner', 'Eigenaar'),
      date('DueDate', 'Vervaldatum'),
      text('Status', 'Status', true),
      number('PercentComplete', 'Voltooid (%)'),
      text('PlannerTaskId', 'Planner-taak', true),
      text('PlannerTaskEtag', 'Planner-taak (versie)'),
      { name: 'PlannerTaskDeleted', displayName: 'Planner-taak verwijderd', boolean: {} },
    ],
  },
  {
    id: 'settings',
    displayName: 'Risicoradar instellingen',
    description: 'Instellingen van het actieplan (Risicoradar).',
    columns: [
      CLIENT_KEY,
      date('TargetDate', 'Streefdatum'),
      text('PlannerPlanId', 'Planner-plan'),
      text('ActiveRoundKey', 'Actieve ronde'),
      number('SchemaVersion', 'Schemaversie'),
      text('IctTypes', 'Types ICT-functie'),
      longText('StepStates', 'Stappen per type'),
      json('TopDomains', 'Top 3 risicodomeinen'),
      json('ReviewCycleDays', 'Herzieningscyclus (dagen)'),
      json('LevelLabels', 'Namen van de schaal'),
    ],
  },
  ...GOVERNANCE_LISTS,
  CONTROLS_LIST,
];

/** Returns the definition of one list. */
export function listDefinition(id: ListId): ListDefinition {
  const definition = LISTS.find((list) => list.id === id);
  if (!definition) throw new Error(`[graph] unknown list '${id}'`);
  return definition;
}
