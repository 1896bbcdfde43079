import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateImport, writeWithRollback } from '../../../src/domain/governance/import';
import { assetImportSpec } from '../../../src/domain/governance/importSpecs';
import type { GovernanceStore } from '../../../src/graph/store';
import { assetWriter } from '../../../src/tab/features/governance/importWriters';
import { GROUP_ID, startStandIn, type StandIn } from './standIn';

let standIn: StandIn;
let governance: GovernanceStore;

const SHEET = [
  ['Naam', 'Soort', 'Gebruikt door'],
  ['Laptop 1', 'Hardware', 'Gemeente'],
  ['Laptop 2', 'Hardware', 'OCMW'],
  ['Boekhouding', 'Software', 'Gemeente'],
  ['Back-up', 'Clouddienst', ''],
];

beforeAll(async () => {
  standIn = await startStandIn();
  const store = standIn.session().openStore({ groupId: GROUP_ID });
  await store.provision();
  governance = store.governance!;
});

afterAll(async () => {
  await standIn?.close();
});

function validRows() {
  const mapping = { name: 'Naam', kind: 'Soort', usedBy: 'Gebruikt door' };
  const validation = validateImport(SHEET, mapping, assetImportSpec);
  if (!validation.ok) throw new Error('the test sheet must be valid');
  return validation.rows;
}

describe('asset import over Graph', () => {
  it('failed third row rolls back', async () => {
    let written = 0;
    const writer = assetWriter(governance, () => {
      written += 1;
    });
    const create = writer.create.bind(writer);
    writer.create = async (row) => {
      // After two rows, the stand-in rejects the next item POST with 412, which is not retried.
      if (written === 2) {
        await standIn.control('POST', '/faults', {
          action: 'preconditionFailed',
          method: 'POST',
          url: '/items$',
          count: 1,
        });
      }
      return create(row);
    };

    const result = await writeWithRollback(validRows(), writer);

    expect(result.status).toBe('rolledBack');
    if (result.status !== 'rolledBack') return;
    expect(result.failedRowNumber).toBe(4);
    expect(result.removedCount).toBe(2);
    expect(await governance.assets.list()).toEqual([]);
  });

  it('whole sheet is written', async () => {
    const result = await writeWithRollback(
      validRows(),
      assetWriter(governance, () => undefined),
    );

    expect(result.status).toBe('written');
    const stored = await governance.assets.list();
    expect(stored.map((asset) => asset.name).sort()).toEqual([
      'Back-up',
      'Boekhouding',
      'Laptop 1',
      'Laptop 2',
    ]);
    expect(stored.find((asset) => asset.name === 'Laptop 2')?.usedBy).toEqual([{ kind: 'ocmw' }]);
    expect(stored.find((asset) => asset.name === 'Back-up')?.usedBy).toEqual([]);
  });
});
