import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../../src/domain/model';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import { StartPage } from '../../../../src/tab/features/start/StartPage';
import { people } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';
import { storeWithAnswers } from '../fakes/seedAnswers';

function action(key: string, overrides: Partial<Action>): Action {
  return {
    key,
    title: key,
    description: '',
    moscow: 'must',
    status: 'open',
    percentComplete: 0,
    owner: people.an,
    ...overrides,
  };
}

async function renderStart(store = storeWithAnswers([])) {
  renderWithSession(
    <RoundProvider>
      <StartPage />
    </RoundProvider>,
    { store },
  );
  await screen.findByRole('heading', { name: 'Herinneringen' });
  return store;
}

describe('Start page', () => {
  beforeEach(() => {
    // Only Date is faked, so promises and Testing Library's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows answered questions of the round', async () => {
    await renderStart(
      storeWithAnswers([
        ['q1', { kind: 'text', text: 'Zoersel' }],
        ['q17', { kind: 'single', choice: 'yes' }],
      ]),
    );

    const card = screen.getByRole('region', { name: 'Zelfevaluatie' });
    // 25 questions, minus 19 and 20, which stay hidden after "Ja" on 17.
    expect(card).toHaveTextContent('2 van 23 vragen beantwoord in “Zelfevaluatie 2026”.');
    // Questions 2, 3, 4 and 8 are required and unanswered.
    expect(card).toHaveTextContent('4 verplichte vragen staan nog open.');
  });

  it('says a plan past its target date missed its goal', async () => {
    const store = storeWithAnswers([]);
    store.settingsRecord = { key: 'settings', targetDate: '2026-11-30' };
    store.actions.seed(action('Back-ups testen', { dueDate: '2026-11-15' }));
    store.actions.seed(action('ICT-visie opstellen', { status: 'done', percentComplete: 100 }));
    await renderStart(store);

    const card = screen.getByRole('region', { name: 'Actieplan' });
    expect(card).toHaveTextContent('Must have-acties: 1 van 2 afgerond.');
    expect(card).toHaveTextContent('Streefdatum van het plan: 30 november 2026.');
    expect(card).toHaveTextContent('het plan heeft zijn doel niet bereikt');
    const reminders = screen.getByRole('region', { name: 'Herinneringen' });
    expect(within(reminders).getByText(/Actie “Back-ups testen” is over tijd/)).toBeInTheDocument();
  });

  it('reminds of a risk without owner', async () => {
    const store = storeWithAnswers([]);
    store.risks.seed({
      key: 'risk-1',
      title: '<b>Geen</b> back-up “offline” 💾',
      description: '',
      domain: 'd12',
      cause: '',
      likelihood: 3,
      impact: 4,
      status: 'open',
      origin: 'own',
    });
    await renderStart(store);

    const reminders = screen.getByRole('region', { name: 'Herinneringen' });
    expect(reminders).toHaveTextContent(
      'Risico “<b>Geen</b> back-up “offline” 💾” heeft geen risico-eigenaar.',
    );
  });
});
