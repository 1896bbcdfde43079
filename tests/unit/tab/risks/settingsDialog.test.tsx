import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanSettings, Risk } from '../../../../src/domain/model';
import { RisksPage } from '../../../../src/tab/features/risks/RisksPage';
import { createMemoryStore, FakeGraphError } from './fakes/memoryStore';
import { renderWithSession } from './fakes/renderWithSession';

const TODAY = '2026-12-04';

/** A critical risk (5 × 4 = 20) reviewed on 1 November, due again after the default 90 days. */
function criticalRisk(patch: Partial<Risk> = {}): Risk {
  return {
    key: 'risk-ransomware',
    title: 'Ransomware legt de diensten stil',
    description: '',
    domain: 'd12',
    cause: '',
    likelihood: 5,
    impact: 4,
    status: 'open',
    origin: 'own',
    lastReview: '2026-11-01',
    nextReview: '2027-01-30',
    ...patch,
  };
}

async function openSettings() {
  const user = userEvent.setup();
  await screen.findByRole('table', { name: 'Risicoregister' });
  await user.click(screen.getByRole('button', { name: 'Instellingen risicoanalyse' }));
  const dialog = await screen.findByRole('dialog', { name: 'Instellingen risicoanalyse' });
  return { user, dialog };
}

async function replace(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (!text) return;
  await user.click(field);
  await user.paste(text);
}

describe('risk settings dialog', () => {
  it('rejects invalid days and labels without saving', async () => {
    const { store, setSettings } = createMemoryStore({ risks: [criticalRisk()] });
    let saves = 0;
    const save = store.settings.save;
    store.settings.save = (next) => {
      saves += 1;
      return save(next);
    };
    setSettings(undefined);
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();

    await replace(user, within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)'), '1096');
    await replace(user, within(dialog).getByLabelText('Reviewtermijn hoog (dagen)'), '12,5');
    await replace(user, within(dialog).getByLabelText('Niveau Laag'), '');
    await replace(user, within(dialog).getByLabelText('Niveau Middel'), 'x'.repeat(61));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(within(dialog).getAllByText('Geef een heel aantal dagen van 1 tot 1095.')).toHaveLength(
      2,
    );
    expect(within(dialog).getByText('Geef een naam op.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Een naam heeft hoogstens 60 tekens; deze heeft er 61.'),
    ).toBeInTheDocument();
    expect(saves).toBe(0);
  });

  it('shows each default and restores it', async () => {
    const { store } = createMemoryStore({ risks: [criticalRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();
    const critical = within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)');

    expect(within(dialog).getByText('Standaard: 90 dagen')).toBeInTheDocument();
    await replace(user, critical, '30');
    await user.click(
      within(dialog).getByRole('button', {
        name: 'Standaard herstellen voor Reviewtermijn kritiek (dagen)',
      }),
    );

    expect(critical).toHaveValue('90');
  });

  it('saves over the settings read, keeping the others', async () => {
    const { store, setSettings } = createMemoryStore({ risks: [criticalRisk()] });
    setSettings({
      key: 'plan',
      id: '1',
      etag: '"a"',
      targetDate: '2027-06-30',
      topDomains: ['d3'],
    });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();

    await replace(user, within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)'), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await screen.findByText(/De instellingen zijn opgeslagen\./);
    const stored = await store.settings.get();
    expect(stored?.targetDate).toBe('2027-06-30');
    expect(stored?.topDomains).toEqual(['d3']);
    expect(stored?.reviewCycleDays).toEqual({ critical: 30 });
  });

  it('moves the next review date and renames the level at once', async () => {
    const { store, risks } = createMemoryStore({
      risks: [
        criticalRisk(),
        criticalRisk({
          key: 'risk-manual',
          title: 'Met de hand gepland',
          nextReview: '2027-03-01',
        }),
      ],
    });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();

    await replace(user, within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)'), '30');
    await replace(user, within(dialog).getByLabelText('Niveau Kritiek'), 'Rood');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await screen.findByText('Risico’s met een nieuwe volgende reviewdatum: 1.', { exact: false });
    // Rows by their title text, because Fluent's dialog can leave aria-hidden on the page in
    // jsdom after it closes.
    const row = screen.getByText('Ransomware legt de diensten stil').closest('tr')!;
    expect(within(row).getByText(/2026-12-01/)).toBeInTheDocument();
    expect(within(row).getByText('Rood')).toBeInTheDocument();
    const manual = screen.getByText('Met de hand gepland').closest('tr')!;
    expect(within(manual).getByText('2027-03-01')).toBeInTheDocument();
    expect(risks.items.get('risk-ransomware')?.nextReview).toBe('2026-12-01');
  });

  it('shows a conflict and the stored values after a 412', async () => {
    const { store, setSettings } = createMemoryStore({ risks: [criticalRisk()] });
    const elsewhere: PlanSettings = {
      key: 'plan',
      id: '1',
      etag: '"b"',
      reviewCycleDays: { critical: 45 },
    };
    store.settings.save = async () => {
      setSettings(elsewhere);
      throw new FakeGraphError(412, 'preconditionFailed');
    };
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();

    await replace(user, within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)'), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(
      await within(dialog).findByText(/Iemand anders heeft de instellingen intussen gewijzigd/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Reviewtermijn kritiek (dagen)')).toHaveValue('45'),
    );
  });
});

describe('renamed labels', () => {
  it('show in the heat map and the editor', async () => {
    const { store } = createMemoryStore({ risks: [criticalRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const { user, dialog } = await openSettings();

    await replace(
      user,
      within(dialog).getAllByLabelText('Stap 5', { exact: true })[0]!,
      'Bijna zeker',
    );
    await replace(user, within(dialog).getAllByLabelText('Stap 4', { exact: true })[1]!, 'Zwaar');
    await replace(user, within(dialog).getByLabelText('Niveau Kritiek', { exact: true }), 'Rood');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/De instellingen zijn opgeslagen\./);

    // Queries by label and text, because Fluent's dialog can leave aria-hidden on the page in
    // jsdom after it closes.
    await user.click(screen.getByLabelText('Heatmap'));
    expect(await screen.findAllByText(/Bijna zeker/)).not.toHaveLength(0);
    expect(screen.getAllByText(/Zwaar/)).not.toHaveLength(0);
    expect(screen.getAllByText(/Rood/)).not.toHaveLength(0);

    await user.click(screen.getByText('Risico toevoegen').closest('button')!);
    const editor = await screen.findByRole('dialog', { name: 'Nieuw risico' });
    expect(within(editor).getByRole('radio', { name: /^5 – Bijna zeker/ })).toBeInTheDocument();
    expect(within(editor).getByRole('radio', { name: /^4 – Zwaar/ })).toBeInTheDocument();
  });
});
