import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphRequestError } from '../../../../src/graph/errors';
import { GovernancePage } from '../../../../src/tab/features/governance/GovernancePage';
import { renderWithSession } from '../fakes/renderWithSession';
import { createGovernanceStore, seedChain } from './governanceFixtures';

async function renderPage() {
  const setup = createGovernanceStore();
  seedChain(setup.governance);
  setup.governance.partners.seed({ key: 'free', name: 'Firma Los', kind: 'firm' });
  renderWithSession(<GovernancePage />, { store: setup.store });
  await screen.findByRole('table', { name: 'ICT-middelen' });
  return setup;
}

// NOTE: under jsdom, Testing Library sometimes counts the open dialog as hidden, so these
// queries include hidden elements. The browser test checks the real dialogs.
const hidden = { hidden: true } as const;

async function openDialog(user: ReturnType<typeof userEvent.setup>, button: string) {
  await user.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog', hidden);
}

describe('Governance record editing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T10:00:00'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('edit dialog is pre-filled', async () => {
    const user = userEvent.setup();
    await renderPage();

    const dialog = await openDialog(user, 'Bewerken: Beheer servers');

    expect(
      within(dialog).getByRole('heading', { name: 'Beheer servers bewerken', ...hidden }),
    ).toBeTruthy();
    const title = within(dialog).getByRole('textbox', { name: /Naam/, ...hidden });
    expect((title as HTMLInputElement).value).toBe('Beheer servers');
    const end = within(dialog).getByLabelText('Einddatum');
    expect((end as HTMLInputElement).value).toBe('2027-05-02');
  });

  it('edit saves with the ETag', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();
    const before = governance.contracts.items.get('contract-b');

    const dialog = await openDialog(user, 'Bewerken: Beheer servers');
    const end = within(dialog).getByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', ...hidden }));

    await vi.waitFor(() =>
      expect(governance.contracts.items.get('contract-b')?.endDate).toBe('2027-02-01'),
    );
    const update = governance.contracts.calls.find((call) => call.method === 'update');
    expect(update?.record?.etag).toBe(before?.etag);
    expect(update?.record?.noticeMonths).toBe(3);
    expect(governance.contracts.items.size).toBe(1);
  });

  it('stale edit shows both versions', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();

    const dialog = await openDialog(user, 'Bewerken: Beheer servers');
    const stored = governance.contracts.items.get('contract-b')!;
    governance.contracts.seed({ ...stored, endDate: '2028-01-01' });
    const end = within(dialog).getByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', ...hidden }));

    const table = await screen.findByRole('table', {
      name: 'Jouw versie en de opgeslagen versie',
      ...hidden,
    });
    const row = within(table).getByText('Einddatum (verschilt)').closest('tr')!;
    expect(within(row).getByText('1 februari 2027')).toBeTruthy();
    expect(within(row).getByText('1 januari 2028')).toBeTruthy();
    expect(within(table).getByText('Naam')).toBeTruthy();
    expect(governance.contracts.items.get('contract-b')?.endDate).toBe('2028-01-01');
  });

  it('overwrite after conflict saves mine', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();

    const dialog = await openDialog(user, 'Bewerken: Beheer servers');
    const stored = governance.contracts.items.get('contract-b')!;
    governance.contracts.seed({ ...stored, endDate: '2028-01-01' });
    const end = within(dialog).getByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', ...hidden }));
    await user.click(await screen.findByRole('button', { name: 'Jouw versie opslaan', ...hidden }));

    await vi.waitFor(() =>
      expect(governance.contracts.items.get('contract-b')?.endDate).toBe('2027-02-01'),
    );
  });

  it('deletes a partner nobody names', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();

    const dialog = await openDialog(user, 'Verwijderen: Firma Los');
    expect(
      within(dialog).getByText(
        'Je verwijdert Firma Los definitief. Dit kun je niet ongedaan maken.',
      ),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen', ...hidden }));

    await vi.waitFor(() => expect(governance.partners.items.has('free')).toBe(false));
    const remove = governance.partners.calls.find((call) => call.method === 'remove');
    expect(remove?.record?.etag).toBeTruthy();
  });

  it('referenced partner cannot be deleted', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();

    const dialog = await openDialog(user, 'Verwijderen: Firma B');

    expect(within(dialog).getByText(/Je kunt Firma B niet verwijderen/)).toBeTruthy();
    const list = within(dialog).getByRole('list', {
      name: 'Gegevens die ernaar verwijzen',
      ...hidden,
    });
    expect(within(list).getByText('Contract: Beheer servers')).toBeTruthy();
    expect(within(list).getByText('Taak: Patchbeheer voor Applicatieservers')).toBeTruthy();
    expect(within(list).getAllByRole('listitem', hidden)).toHaveLength(4);
    expect(within(dialog).queryByRole('button', { name: 'Verwijderen', ...hidden })).toBeNull();
    expect(governance.partners.calls.some((call) => call.method === 'remove')).toBe(false);
  });

  it('stale delete says so and reloads', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();
    governance.partners.failNext(
      'remove',
      new GraphRequestError({ status: 412, code: 'preconditionFailed', message: 'stale etag' }),
    );
    const listsBefore = governance.partners.calls.filter((call) => call.method === 'list').length;

    const dialog = await openDialog(user, 'Verwijderen: Firma Los');
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen', ...hidden }));

    expect(
      await within(dialog).findByText(/Iemand anders heeft Firma Los intussen gewijzigd/),
    ).toBeTruthy();
    expect(governance.partners.items.has('free')).toBe(true);
    const listsAfter = governance.partners.calls.filter((call) => call.method === 'list').length;
    expect(listsAfter).toBe(listsBefore + 1);
  });
  it('role edit keeps the chain', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();
    await user.click(screen.getByRole('tab', { name: 'Wie doet wat' }));

    const dialog = await openDialog(
      user,
      'Bewerken: Beheren Applicatieservers: Het bestuur → Firma B',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Contactpersoon', ...hidden }),
      'Bart',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan', ...hidden }));

    await vi.waitFor(() => expect(governance.roles.items.get('role-b')?.contactName).toBe('Bart'));
    const stored = governance.roles.items.get('role-b');
    expect(stored?.to).toEqual({ kind: 'partner', partnerKey: 'b' });
    expect(stored?.contractKey).toBe('contract-b');
  });

  it('deletes a duty', async () => {
    const user = userEvent.setup();
    const { governance } = await renderPage();
    await user.click(screen.getByRole('tab', { name: 'Taken en signalen' }));

    const dialog = await openDialog(user, 'Verwijderen: Patchbeheer voor Applicatieservers');
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen', ...hidden }));

    await vi.waitFor(() => expect(governance.duties.items.has('patching')).toBe(false));
  });
});
