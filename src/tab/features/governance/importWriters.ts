/** Writers that store imported assets and contracts, creating a partner per new supplier name. */
import type { ImportWriter } from '../../../domain/governance/importWrite';
import type { ImportedAsset, ImportedContract } from '../../../domain/governance/importSpecs';
import type { Asset, Contract, Partner } from '../../../domain/governance/model';
import type { GovernanceStore } from '../../../graph/store';
import { newKey } from './labels';

/** What one row wrote: the record, and the partner it created for a new supplier. */
export interface WrittenRow<T> {
  record: T;
  createdPartner?: Partner;
}

/** Writes each asset row as an asset used by the entity the row names. */
export function assetWriter(
  governance: GovernanceStore,
  onWritten: () => void,
): ImportWriter<ImportedAsset, WrittenRow<Asset>> {
  return {
    async create(row) {
      const record = await governance.assets.create({
        key: newKey('asset'),
        name: row.name,
        kind: row.kind,
        usedBy: row.usedBy ? [{ kind: row.usedBy }] : [],
      });
      onWritten();
      return { record };
    },
    async remove(written) {
      await governance.assets.remove(written.record);
    },
  };
}

function normalise(name: string): string {
  return name.trim().toLocaleLowerCase('nl-BE');
}

function toContract(row: ImportedContract, partnerKey: string): Contract {
  return {
    key: newKey('contract'),
    title: row.title,
    kind: row.kind,
    client: { kind: 'organisation' },
    supplier: { kind: 'partner', partnerKey },
    startDate: row.startDate,
    endDate: row.endDate,
    noticeMonths: row.noticeMonths,
    tacitRenewal: row.tacitRenewal,
    cost: row.yearlyCost === undefined ? undefined : { amount: row.yearlyCost, per: 'year' },
    assetKeys: [],
  };
}

/**
 * Writes each contract row between the bestuur and the supplier it names. A supplier name that no
 * partner has yet becomes a new partner, written with the first row that names it, so a rollback
 * that removes that row removes the partner as well.
 */
export function contractWriter(
  governance: GovernanceStore,
  partners: Partner[],
  onWritten: () => void,
): ImportWriter<ImportedContract, WrittenRow<Contract>> {
  const known = new Map(partners.map((partner) => [normalise(partner.name), partner]));
  return {
    async create(row) {
      let partner = known.get(normalise(row.supplierName));
      let createdPartner: Partner | undefined;
      if (!partner) {
        createdPartner = await governance.partners.create({
          key: newKey('partner'),
          name: row.supplierName.trim(),
          kind: 'firm',
        });
        partner = createdPartner;
        known.set(normalise(partner.name), partner);
      }
      try {
        const record = await governance.contracts.create(toContract(row, partner.key));
        onWritten();
        return { record, createdPartner };
      } catch (error) {
        // The row is not in the written list, so its new partner is removed here.
        if (createdPartner) {
          known.delete(normalise(createdPartner.name));
          await governance.partners.remove(createdPartner).catch((removeError: unknown) => {
            console.error('[governance] removing a partner the import made failed', removeError);
          });
        }
        throw error;
      }
    },
    async remove(written) {
      await governance.contracts.remove(written.record);
      if (written.createdPartner) {
        await governance.partners.remove(written.createdPartner);
        known.delete(normalise(written.createdPartner.name));
      }
    },
  };
}
