import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action, Risk } from '../../../../src/domain/model';
import { DueReviewsSection } from '../../../../src/tab/features/risks/DueReviewsSection';
import { RisksPage } from '../../../../src/tab/features/risks/RisksPage';
import { createMemoryStore, MEMBERS } from './fakes/memoryStore';
import { renderWithSession } from './fakes/renderWithSession';

const TODAY = '2026-12-04';
// Role queries by name over the heat map's 25 cells and the register are slow in jsdom.
const SLOW = { timeout: 20_000 };

function storedRisk(patch: Partial<Risk> = {}): Risk {
  return {
    key: 'risk-backup',
    title: 'Back-ups worden niet getest',
    description: '',
    domain: 'd12',
    cause: '',
    likelihood: 4,
    impact: 5,
    status: 'open',
    origin: 'own',
    ...patch,
  };
}

describe('RisksPage heat map', SLOW, () => {
  it('places a risk in its cell and its table row', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const user = userEvent.setup();
    await screen.findByText("1 van 1 risico's");

    await user.click(screen.getByRole('radio', { name: 'Heatmap' }));
    const cell = screen.getByRole('button', { name: /^Kans 4, impact 5: 1 risico’s/ });
    await user.click(cell);

    const list = screen.getByRole('region', { name: 'Risico’s met kans 4 en impact 5' });
    expect(within(list).getByText('Back-ups worden niet getest')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Heatmap als tabel/ });
    const row = within(table).getByRole('row', { name: /Back-ups worden niet getest/ });
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('4');
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('5');
  });

  it('leaves an unscored risk out of the residual view', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const user = userEvent.setup();
    await screen.findByText("1 van 1 risico's");

    await user.click(screen.getByRole('radio', { name: 'Heatmap' }));
    await user.click(screen.getByRole('radio', { name: 'Na beheersmaatregelen' }));

    expect(
      screen.getByText('1 risico’s hebben nog geen score na beheersmaatregelen.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: /^Kans 4, impact 5: 0 risico’s/ })).toBeVisible();
  });
});

describe('RisksPage top 3 domains', SLOW, () => {
  it('rejects a fourth domain with a message', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const user = userEvent.setup();
    await screen.findByText("1 van 1 risico's");

    await user.click(screen.getByRole('button', { name: 'Top 3-domeinen kiezen' }));
    const picker = screen.getByRole('group', { name: /^Top 3-domeinen/ });
    const boxes = within(picker).getAllByRole('checkbox');
    for (const box of boxes.slice(0, 3)) await user.click(box);
    await user.click(boxes[3]!);

    expect(await screen.findByText(/hoogstens drie domeinen/)).toBeVisible();
    expect(boxes[3]).not.toBeChecked();
    expect((await store.settings.get())?.topDomains).toHaveLength(3);
  });

  it('marks a risk of a top domain with text', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk()] });
    await store.settings.save({ key: 'plan', topDomains: ['d12'] });
    renderWithSession(<RisksPage today={TODAY} />, store);

    const table = await screen.findByRole('table', { name: 'Risicoregister' });
    const row = within(table).getByRole('row', { name: /Back-ups worden niet getest/ });

    expect(await within(row).findByText('Top 3')).toBeVisible();
  });
});

describe('RisksPage renamed labels', SLOW, () => {
  it('shows the bestuur’s own level name', async () => {
    const { store } = createMemoryStore({ risks: [storedRisk()] });
    await store.settings.save({
      key: 'plan',
      levelLabels: { level: { critical: 'Onaanvaardbaar' } },
    });
    renderWithSession(<RisksPage today={TODAY} />, store);

    const table = await screen.findByRole('table', { name: 'Risicoregister' });
    const row = within(table).getByRole('row', { name: /Back-ups worden niet getest/ });

    expect(await within(row).findByText('Onaanvaardbaar')).toBeVisible();
    expect(within(row).queryByText('Kritiek')).toBeNull();
  });
});

describe('RisksPage risk page', SLOW, () => {
  it('saves a review with the dates from the cycle', async () => {
    const { store, risks } = createMemoryStore({ risks: [storedRisk()] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Risico "Back-ups worden niet getest" openen' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Dit risico is nog nooit herzien.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Herziening opslaan' }));

    await waitFor(() => expect(risks.items.get('risk-backup')?.lastReview).toBe(TODAY));
    expect(risks.items.get('risk-backup')?.nextReview).toBe('2027-03-04');
    expect(
      await within(dialog).findByText(
        'De herziening is opgeslagen. Volgende herziening: 2027-03-04.',
      ),
    ).toBeVisible();
  });

  it('asks for a rescore when every action is done', async () => {
    const done: Action = {
      key: 'a1',
      title: 'Hersteltest',
      description: '',
      riskKey: 'risk-backup',
      moscow: 'must',
      status: 'done',
      percentComplete: 100,
    };
    const { store } = createMemoryStore({ risks: [storedRisk()], actions: [done] });
    renderWithSession(<RisksPage today={TODAY} />, store);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Risico "Back-ups worden niet getest" openen' }),
    );

    expect(await screen.findByText(/Alle acties voor dit risico zijn klaar/)).toBeVisible();
  });
});

describe('DueReviewsSection', () => {
  it('lists a due review and stores its action once', async () => {
    const due = storedRisk({ nextReview: '2026-12-01', riskOwner: MEMBERS[1] });
    const { store, actions } = createMemoryStore({ risks: [due] });
    const first = renderWithSession(<DueReviewsSection today={TODAY} />, store);

    expect(
      await screen.findByText(/Back-ups worden niet getest: herziening gepland/),
    ).toBeVisible();
    await waitFor(() => expect(actions.items.size).toBe(1));
    const action = actions.items.get('review-risk-backup-2026-12-01')!;
    expect(action.owner).toEqual(MEMBERS[1]);
    expect(action.moscow).toBe('must');
    expect(action.dueDate).toBe('2026-12-01');

    first.unmount();
    renderWithSession(<DueReviewsSection today={TODAY} />, store);
    await screen.findByText(/Back-ups worden niet getest: herziening gepland/);
    expect(actions.items.size).toBe(1);
  });
});
