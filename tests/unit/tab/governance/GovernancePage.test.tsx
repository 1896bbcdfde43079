import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GovernancePage } from '../../../../src/tab/features/governance/GovernancePage';
import { createMemoryStore } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';
import { createGovernanceStore, seedChain } from './governanceFixtures';

async function renderPage() {
  const setup = createGovernanceStore();
  seedChain(setup.governance);
  renderWithSession(<GovernancePage />, { store: setup.store });
  await screen.findByRole('table', { name: 'ICT-middelen' });
  return setup;
}

describe('Governance page', () => {
  beforeEach(() => {
    // Only Date is faked, so promises and Testing Library's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T10:00:00'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('inventory shows each list', async () => {
    await renderPage();

    expect(
      within(screen.getByRole('table', { name: 'Partners' })).getByText('Firma B'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Contracten' })).getByText('Beheer servers'),
    ).toBeTruthy();
    expect(
      screen.getByText('Nog niet vastgelegd wie eigenaar is van welke gegevens.'),
    ).toBeTruthy();
  });

  it('store without governance says so', async () => {
    renderWithSession(<GovernancePage />, { store: createMemoryStore() });

    expect(
      await screen.findByText('De governancelijsten zijn niet beschikbaar in deze omgeving.'),
    ).toBeTruthy();
  });

  it('add partner dialog stores the partner', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();

    await user.click(screen.getByRole('button', { name: 'Partner toevoegen' }));
    // NOTE: under jsdom, Testing Library sometimes counts the open dialog as hidden (cause not
    // found), so these queries include hidden elements. The browser test checks the real dialog.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Naam/, hidden: true }),
      'Provincie West',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', hidden: true }));

    await screen.findByRole('button', { name: 'Pagina van Provincie West openen' });
    const stored = [...governance.partners.items.values()].find(
      (partner) => partner.name === 'Provincie West',
    );
    expect(stored?.kind).toBe('firm');
  });

  it('chain picture names the doer', async () => {
    const user = userEvent.setup();
    await renderPage();

    await user.click(screen.getByRole('tab', { name: 'Wie doet wat' }));

    const figure = await screen.findByRole('figure', { name: /Beheren van Applicatieservers/ });
    expect(within(figure).getByText(/Datacenter C voert het werk uit\./)).toBeTruthy();
    expect(within(figure).getByText('geen contract')).toBeTruthy();
  });

  it('duties tab shows mutual deferral', async () => {
    const user = userEvent.setup();
    await renderPage();

    await user.click(screen.getByRole('tab', { name: 'Taken en signalen' }));

    const flags = await screen.findByRole('list', { name: 'Signalen' });
    expect(within(flags).getByText(/Zo doet niemand het\./)).toBeTruthy();
    expect(within(flags).getAllByText(/Betreft: Patchbeheer voor Applicatieservers/)).toHaveLength(
      1,
    );
  });

  it('plan button pushes one Must action', async () => {
    const user = userEvent.setup();
    const { store, pushes } = await renderPage();
    await user.click(screen.getByRole('tab', { name: 'Vervaldata' }));
    await user.click(screen.getByRole('tab', { name: 'Binnen 90 dagen' }));

    await user.click(screen.getByRole('button', { name: 'Actie maken en naar Planner sturen' }));

    await screen.findByText('Actie staat in Planner');
    expect(pushes).toHaveLength(1);
    const [action] = [...store.actions.items.values()];
    expect(action?.moscow).toBe('must');
    expect(action?.dueDate).toBe('2027-01-02');
    expect(action?.owner?.id).toBe('u-an');
    expect(action?.plannerTaskId).toBe(`task-${action?.key}`);
  });

  it('partner page lists its records', async () => {
    const user = userEvent.setup();
    await renderPage();

    await user.click(screen.getByRole('button', { name: 'Pagina van Firma B openen' }));

    await screen.findByRole('heading', { name: 'Partner: Firma B' });
    const contracts = screen.getByRole('region', { name: 'Contracten' });
    expect(within(contracts).getByText('Beheer servers')).toBeTruthy();
    const duties = screen.getByRole('region', { name: 'Taken' });
    expect(within(duties).getByText('Patchbeheer voor Applicatieservers')).toBeTruthy();
  });
});
