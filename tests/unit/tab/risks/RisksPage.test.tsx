import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../../src/domain/model';
import { RisksPage } from '../../../../src/tab/features/risks/RisksPage';
import { createMemoryStore, MEMBERS } from './fakes/memoryStore';
import { renderWithSession } from './fakes/renderWithSession';

function storedRisk(patch: Partial<Risk> = {}): Risk {
  return {
    key: 'risk-backup',
    title: 'Back-ups worden niet getest',
    description: '',
    domain: 'd12',
    cause: '',
    likelihood: 4,
    impact: 4,
    status: 'open',
    origin: 'own',
    ...patch,
  };
}

async function openNewRisk() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Risico toevoegen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nieuw risico' });
  return { user, dialog };
}

describe('RisksPage register', () => {
  it('lists a risk with its score, level and owner', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk({ riskOwner: MEMBERS[1] })] });
    renderWithSession(<RisksPage />, store);

    const table = await screen.findByRole('table', { name: 'Risicoregister' });
    const row = within(table).getByRole('row', { name: /Back-ups worden niet getest/ });
    expect(within(row).getByText('16')).toBeInTheDocument();
    expect(within(row).getByText('Hoog')).toBeInTheDocument();
    expect(within(row).getByText('Bram Claes')).toBeInTheDocument();
  });

  it('filters on status and search text', async () => {
    const { store } = createMemoryStore({
      risks: [
        storedRisk(),
        storedRisk({ key: 'r2', title: 'Geen wachtwoordbeleid', status: 'controlled' }),
      ],
    });
    renderWithSession(<RisksPage />, store);
    const user = userEvent.setup();
    await screen.findByText("2 van 2 risico's");

    await user.selectOptions(screen.getByLabelText('Status'), 'Beheerst');
    expect(screen.getByText("1 van 2 risico's")).toBeInTheDocument();
    expect(screen.getByText('Geen wachtwoordbeleid')).toBeInTheDocument();

    await user.type(screen.getByLabelText("Risico's zoeken"), 'back-up');
    expect(
      screen.getByText("Geen risico's voldoen aan de zoekopdracht en de filters."),
    ).toBeInTheDocument();
  });
});

describe('RisksPage editor', () => {
  it('shows the limit for a 256-character title and saves nothing', async () => {
    const { store, risks } = createMemoryStore();
    renderWithSession(<RisksPage />, store);
    const { user, dialog } = await openNewRisk();

    await user.click(within(dialog).getByLabelText(/^Titel/));
    await user.paste('a'.repeat(256));
    await user.selectOptions(
      within(dialog).getByLabelText(/^Risicodomein/),
      '12. Continuïteit, incidentenbeheer en noodprocedures',
    );
    expect(
      within(dialog).getByText(
        /De titel is 256 tekens lang\. SharePoint en Planner aanvaarden er hoogstens 255/,
      ),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(risks.writes).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'Nieuw risico' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Titel/)).toHaveValue('a'.repeat(256));
  });

  it('stores and shows hostile text exactly as typed', async () => {
    const hostile = '  <b>Vet</b> & \'enkel\' "dubbel" ’ 🔥  ';
    const { store, risks } = createMemoryStore();
    renderWithSession(<RisksPage />, store);
    const { user, dialog } = await openNewRisk();

    await user.click(within(dialog).getByLabelText(/^Titel/));
    await user.paste(hostile);
    await user.click(within(dialog).getByLabelText(/^Oorzaak/));
    await user.paste(hostile);
    await user.selectOptions(
      within(dialog).getByLabelText(/^Risicodomein/),
      '12. Continuïteit, incidentenbeheer en noodprocedures',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(risks.items.size).toBe(1));
    const saved = [...risks.items.values()][0]!;
    expect(saved.title).toBe(hostile);
    expect(saved.cause).toBe(hostile);
    // Text queries, because Fluent's dialog can leave aria-hidden on the page in jsdom after it closes.
    const cell = await screen.findByText(hostile, { normalizer: (text) => text });
    expect(cell.tagName).toBe('TD');
    expect(cell.textContent).toBe(hostile);
    expect(document.querySelector('td b')).toBeNull();
  });

  it('shows the score of the chosen likelihood and impact', async () => {
    const { store } = createMemoryStore();
    renderWithSession(<RisksPage />, store);
    const { user, dialog } = await openNewRisk();

    const likelihood = within(dialog).getByRole('radiogroup', { name: 'Kans' });
    await user.click(within(likelihood).getByRole('radio', { name: /^5 – Zeer waarschijnlijk/ }));
    const impact = within(dialog).getByRole('radiogroup', { name: 'Impact' });
    await user.click(within(impact).getByRole('radio', { name: /^4 – Ernstig/ }));

    expect(within(dialog).getByText('Score: 5 × 4 = 20, niveau Kritiek')).toBeInTheDocument();
  });
});

describe('RisksPage conflict', () => {
  async function editAndConflict() {
    const fake = createMemoryStore({ risks: [storedRisk()] });
    renderWithSession(<RisksPage />, fake.store);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Risico "Back-ups worden niet getest" bewerken' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Risico bewerken' });
    fake.risks.changeElsewhere('risk-backup', { title: 'Back-ups staan op dezelfde NAS' });

    const title = within(dialog).getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Back-ups worden nooit teruggezet');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('dialog', {
      name: 'Iemand anders heeft dit risico intussen gewijzigd',
    });
    return { ...fake, user, alert };
  }

  it('shows my version and the stored one after a 412', async () => {
    const { alert } = await editAndConflict();
    expect(within(alert).getByRole('button', { name: 'Hun versie behouden' })).toHaveFocus();

    const table = await within(alert).findByRole('table');
    const titleRow = within(table).getByRole('row', { name: /Titel \(verschilt\)/ });
    expect(within(titleRow).getByText('Back-ups worden nooit teruggezet')).toBeInTheDocument();
    expect(within(titleRow).getByText('Back-ups staan op dezelfde NAS')).toBeInTheDocument();
  });

  it('reloads the stored version when the user keeps theirs', async () => {
    const { user, alert, risks } = await editAndConflict();
    const writesBefore = risks.writes.length;

    await user.click(await within(alert).findByRole('button', { name: 'Hun versie behouden' }));

    expect(await screen.findByText('Back-ups staan op dezelfde NAS')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(risks.writes.length).toBe(writesBefore);
    expect(risks.items.get('risk-backup')?.title).toBe('Back-ups staan op dezelfde NAS');
  });

  it('overwrites with the fresh ETag when the user chooses mine', async () => {
    const { user, alert, risks } = await editAndConflict();
    const freshEtag = risks.items.get('risk-backup')?.etag;

    await user.click(await within(alert).findByRole('button', { name: 'Mijn versie opslaan' }));

    expect(await screen.findByText('Back-ups worden nooit teruggezet')).toBeInTheDocument();
    expect(risks.writes.at(-1)?.etag).toBe(freshEtag);
    expect(risks.items.get('risk-backup')?.title).toBe('Back-ups worden nooit teruggezet');
  });
});

describe('RisksPage catalogue', () => {
  it('adds a catalogue risk that keeps its catalogue id', async () => {
    const { store, risks } = createMemoryStore();
    renderWithSession(<RisksPage />, store);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Uit de catalogus kiezen' }));
    const picker = await screen.findByRole('dialog', { name: 'Risico uit de catalogus kiezen' });
    expect(within(picker).getByText(/^Bron: Audit Vlaanderen, Bijlage 6/)).toBeInTheDocument();
    await user.click(
      within(picker).getByRole('button', {
        name: 'Risico "toegangsbeheer" toevoegen aan het register',
      }),
    );
    const editor = await screen.findByRole('dialog', { name: 'Nieuw risico' });
    expect(within(editor).getByLabelText(/^Risicodomein/)).toHaveValue('d10');
    await user.click(within(editor).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(risks.items.size).toBe(1));
    const saved = [...risks.items.values()][0]!;
    expect(saved.origin).toBe('catalogue');
    expect(saved.originRef).toBe('cat-cyber-access');
    expect(saved.title).toBe(
      'Risico’s mbt technologische aspecten van cyberveiligheid (cybersecurity): toegangsbeheer',
    );
  });

  it('marks a catalogue risk that the register has already', async () => {
    const { store } = createMemoryStore({
      risks: [storedRisk({ origin: 'catalogue', originRef: 'cat-cyber-access' })],
    });
    renderWithSession(<RisksPage />, store);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Uit de catalogus kiezen' }));
    const picker = await screen.findByRole('dialog', { name: 'Risico uit de catalogus kiezen' });
    expect(within(picker).getByText('Staat al in het register')).toBeInTheDocument();
    expect(
      within(picker).queryByRole('button', { name: /Risico "toegangsbeheer" toevoegen/ }),
    ).not.toBeInTheDocument();
  });
});

describe('RisksPage actions', () => {
  it('creates an action linked to the risk', async () => {
    const fake = createMemoryStore({ risks: [storedRisk({ actionOwner: MEMBERS[1] })] });
    renderWithSession(<RisksPage />, fake.store);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', {
        name: 'Actie maken voor risico "Back-ups worden niet getest"',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    expect(within(dialog).getByLabelText('Gekoppeld risico')).toHaveValue('risk-backup');
    expect(within(dialog).getByLabelText('Eigenaar')).toHaveValue('u-bram');
    await user.type(within(dialog).getByLabelText(/^Titel/), 'Hersteltest plannen');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(
      await screen.findByText('De actie "Hersteltest plannen" staat in het actieplan.'),
    ).toBeInTheDocument();
    const saved = [...fake.actions.items.values()][0];
    expect(saved?.riskKey).toBe('risk-backup');
    expect(saved?.domain).toBe('d12');
    expect(saved?.owner?.id).toBe('u-bram');
  });
});
