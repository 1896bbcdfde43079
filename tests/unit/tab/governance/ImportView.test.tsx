import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GovernancePage } from '../../../../src/tab/features/governance/GovernancePage';
import { renderWithSession } from '../fakes/renderWithSession';
import { createGovernanceStore } from './governanceFixtures';

const CONTRACTS = [
  'Titel;Soort;Leverancier;Begindatum;Einddatum;Opzegtermijn (maanden);Stilzwijgende verlenging',
  'Licentie burgerzaken;Licentie;Firma Y;01/01/2025;31/12/2027;3;ja',
  'Onderhoud netwerk;Onderhoudscontract;Zelfstandige B;01/02/2025;;0;nee',
  'Koppeling;SLA;Firma Y;01/03/2025;01/03/2026;1;nee',
].join('\n');

async function openImport(csv: string) {
  const user = userEvent.setup();
  const setup = createGovernanceStore();
  renderWithSession(<GovernancePage />, { store: setup.store });
  await user.click(await screen.findByRole('tab', { name: 'Importeren' }));
  await user.click(screen.getByRole('radio', { name: 'Contracten' }));
  const file = new File([csv], 'contracten.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('Bestand (.xlsx of .csv)'), file);
  await screen.findByRole('heading', { name: 'Kolommen koppelen' });
  return { user, ...setup };
}

describe('Import', () => {
  it('suggests a column per field', async () => {
    await openImport(CONTRACTS);

    expect(
      (screen.getByRole('combobox', { name: /^Leverancier/ }) as HTMLSelectElement).value,
    ).toBe('Leverancier');
    expect(
      (screen.getByRole('combobox', { name: /^Kost per jaar/ }) as HTMLSelectElement).value,
    ).toBe('');
  });

  it('bad row names its problem', async () => {
    const bad = CONTRACTS.replace('31/12/2027', '31/02/2027');
    const { user, governance } = await openImport(bad);

    await user.click(screen.getByRole('button', { name: 'Rijen controleren' }));

    const list = await screen.findByRole('list', { name: /1 rijen hebben een probleem/ });
    expect(within(list).getByText(/Rij 2:/)).toBeTruthy();
    expect(within(list).getByText(/‘31\/02\/2027’ in kolom ‘Einddatum’ is ongeldig/)).toBeTruthy();
    expect(governance.contracts.items.size).toBe(0);
  });

  it('writes contracts and one partner per supplier', async () => {
    const { user, governance } = await openImport(CONTRACTS);
    await user.click(screen.getByRole('button', { name: 'Rijen controleren' }));

    await user.click(await screen.findByRole('button', { name: '3 rijen importeren' }));

    await screen.findByText('3 rijen geïmporteerd.');
    expect(governance.contracts.items.size).toBe(3);
    const partners = [...governance.partners.items.values()].map((partner) => partner.name);
    expect(partners.sort()).toEqual(['Firma Y', 'Zelfstandige B']);
  });

  it('failed write removes what was written', async () => {
    const { user, governance } = await openImport(CONTRACTS);
    await user.click(screen.getByRole('button', { name: 'Rijen controleren' }));
    // The first contract is written, then the second fails, so both must be rolled back.
    const create = governance.contracts.create.bind(governance.contracts);
    let calls = 0;
    governance.contracts.create = async (record) => {
      calls += 1;
      if (calls === 2) throw new Error('network down');
      return create(record);
    };

    await user.click(await screen.findByRole('button', { name: '3 rijen importeren' }));

    await screen.findByText(/Rij 3 kon niet worden opgeslagen\./);
    expect(governance.contracts.items.size).toBe(0);
    expect(governance.partners.items.size).toBe(0);
  });
});
