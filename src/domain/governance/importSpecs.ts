/** The import specs for contracts and assets, as a spreadsheet inventory usually lists them. */
import {
  assetKinds,
  contractKinds,
  entityKinds,
  type AssetKind,
  type ContractKind,
  type EntityKind,
} from '../../content/governance';
import type { DateOnly } from '../model';
import type { ImportProblem, ImportSpec, ImportValue } from './importSpec';

/** A contract read from a spreadsheet. The caller resolves the supplier name to a partner. */
export interface ImportedContract {
  title: string;
  kind: ContractKind;
  supplierName: string;
  startDate: DateOnly;
  endDate?: DateOnly;
  noticeMonths: number;
  tacitRenewal: boolean;
  /** Yearly cost in euro. */
  yearlyCost?: number;
}

/** An asset read from a spreadsheet. */
export interface ImportedAsset {
  name: string;
  kind: AssetKind;
  usedBy?: EntityKind;
}

function text(values: Map<string, ImportValue>, name: string): string {
  return String(values.get(name));
}

function optional<T extends ImportValue>(
  values: Map<string, ImportValue>,
  name: string,
): T | undefined {
  return values.get(name) as T | undefined;
}

function endNotBeforeStart(values: Map<string, ImportValue>): ImportProblem[] {
  const start = optional<string>(values, 'startDate');
  const end = optional<string>(values, 'endDate');
  if (!start || !end || end >= start) return [];
  return [
    {
      field: 'endDate',
      message: {
        nl: 'De einddatum ligt vóór de begindatum.',
        en: 'The end date is before the start date.',
      },
    },
  ];
}

/** Fields and builder for a contract inventory. */
export const contractImportSpec: ImportSpec<ImportedContract> = {
  fields: [
    { name: 'title', label: { nl: 'Titel', en: 'Title' }, required: true, type: { kind: 'text' } },
    {
      name: 'kind',
      label: { nl: 'Soort', en: 'Kind' },
      required: true,
      type: { kind: 'term', terms: contractKinds },
    },
    {
      name: 'supplierName',
      label: { nl: 'Leverancier', en: 'Supplier' },
      required: true,
      type: { kind: 'text' },
    },
    {
      name: 'startDate',
      label: { nl: 'Begindatum', en: 'Start date' },
      required: true,
      type: { kind: 'date' },
    },
    {
      name: 'endDate',
      label: { nl: 'Einddatum', en: 'End date' },
      required: false,
      type: { kind: 'date' },
    },
    {
      name: 'noticeMonths',
      label: { nl: 'Opzegtermijn (maanden)', en: 'Notice period (months)' },
      required: false,
      type: { kind: 'wholeNumber' },
    },
    {
      name: 'tacitRenewal',
      label: { nl: 'Stilzwijgende verlenging', en: 'Tacit renewal' },
      required: false,
      type: { kind: 'yesNo' },
    },
    {
      name: 'yearlyCost',
      label: { nl: 'Kost per jaar (euro)', en: 'Cost per year (euro)' },
      required: false,
      type: { kind: 'decimal' },
    },
  ],
  check: endNotBeforeStart,
  build: (values) => ({
    title: text(values, 'title'),
    kind: text(values, 'kind') as ContractKind,
    supplierName: text(values, 'supplierName'),
    startDate: text(values, 'startDate'),
    endDate: optional<string>(values, 'endDate'),
    noticeMonths: optional<number>(values, 'noticeMonths') ?? 0,
    tacitRenewal: optional<boolean>(values, 'tacitRenewal') ?? false,
    yearlyCost: optional<number>(values, 'yearlyCost'),
  }),
};

/** Fields and builder for an asset inventory. */
export const assetImportSpec: ImportSpec<ImportedAsset> = {
  fields: [
    { name: 'name', label: { nl: 'Naam', en: 'Name' }, required: true, type: { kind: 'text' } },
    {
      name: 'kind',
      label: { nl: 'Soort', en: 'Kind' },
      required: true,
      type: { kind: 'term', terms: assetKinds },
    },
    {
      name: 'usedBy',
      label: { nl: 'Gebruikt door', en: 'Used by' },
      required: false,
      type: { kind: 'term', terms: entityKinds },
    },
  ],
  build: (values) => ({
    name: text(values, 'name'),
    kind: text(values, 'kind') as AssetKind,
    usedBy: optional<EntityKind>(values, 'usedBy'),
  }),
};
