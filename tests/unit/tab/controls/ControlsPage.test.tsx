import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../../src/domain/model';
import { ControlsPage } from '../../../../src/tab/features/controls/ControlsPage';
import { planTakeover } from '../../../../src/tab/features/controls/measureControls';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import { MemoryRepository, type MemoryStore } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';
import { storeWithAnswers } from '../fakes/seedAnswers';

const PATCH_ROW = /^Er zijn goede afspraken over het actueel houden/;

function storeWithControls(): MemoryStore & { controls: MemoryRepository<Control> } {
  const store = storeWithAnswers([
    ['q16', { kind: 'grid', row: 'patchManagement', column: 'limited' }, 'patchManagement'],
  ]);
  return Object.assign(store, { controls: new MemoryRepository<Control>('control') });
}

async function renderPage(store: MemoryStore) {
  renderWithSession(
    <RoundProvider>
      <ControlsPage />
    </RoundProvider>,
    { store },
  );
  await screen.findByRole('heading', { name: 'Beheersing', level: 1 });
  return userEvent.setup({ delay: null });
}

describe('Beheersmaatregelen', () => {
  it('takes over the 20 measures with their level', async () => {
    const store = storeWithControls();
    const user = await renderPage(store);

    await user.click(
      await screen.findByRole('button', { name: 'Maatregelen overnemen uit de zelfevaluatie' }),
    );

    expect(await screen.findByText('20 maatregelen aangemaakt, 0 bijgewerkt.')).toBeInTheDocument();
    expect(store.controls.items.size).toBe(20);
    expect(store.controls.items.get('measure-patchManagement')?.level).toBe('limited');
    expect(store.controls.items.get('measure-continuityPlan')?.level).toBe('unknown');
    const table = screen.getByRole('table', { name: 'Beheersmaatregelen' });
    const row = within(table).getByRole('row', { name: PATCH_ROW });
    expect(within(row).getByText('In beperkte mate')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /overnemen/ })).not.toBeInTheDocument();
  });

  it('updates a changed level and keeps the links', async () => {
    const store = storeWithControls();
    for (const control of planTakeover([], []).create) {
      store.controls.seed(
        control.measureKey === 'patchManagement'
          ? { ...control, level: 'largely', riskKeys: ['risk-1'] }
          : control,
      );
    }
    const user = await renderPage(store);

    await user.click(
      await screen.findByRole('button', { name: 'Niveaus bijwerken uit de zelfevaluatie (1)' }),
    );

    await waitFor(() =>
      expect(store.controls.items.get('measure-patchManagement')?.level).toBe('limited'),
    );
    expect(store.controls.items.get('measure-patchManagement')?.riskKeys).toEqual(['risk-1']);
    expect(store.controls.calls.filter((call) => call.method === 'update')).toHaveLength(1);
  });

  it('says so when the store has no controls list', async () => {
    await renderPage(storeWithAnswers([]));

    expect(
      await screen.findByText(/Deze opslag heeft geen lijst voor beheersmaatregelen/),
    ).toBeInTheDocument();
  });
});

describe('Kloofanalyse', () => {
  it('lists a risk without control', async () => {
    const store = storeWithControls();
    store.risks.seed({
      key: 'risk-1',
      title: 'Ransomware',
      description: '',
      domain: 'd8',
      cause: '',
      likelihood: 4,
      impact: 5,
      status: 'open',
      origin: 'own',
    });
    const user = await renderPage(store);

    await user.click(await screen.findByRole('tab', { name: 'Kloofanalyse' }));

    const group = screen.getByRole('region', { name: 'Risico’s zonder beheersmaatregel (1)' });
    expect(within(group).getByText('Ransomware')).toBeInTheDocument();
  });
});
