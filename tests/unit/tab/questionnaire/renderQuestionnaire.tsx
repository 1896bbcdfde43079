/** Renders the Zelfevaluatie page on a memory store with one round, and finds questions by number. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import { QuestionnairePage } from '../../../../src/tab/features/questionnaire/QuestionnairePage';
import { createMemoryStore, type MemoryStore } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';

/** The round every questionnaire test fills in. */
export const testRound = {
  key: 'round-first',
  name: 'Zelfevaluatie 2026',
  referenceDate: '2026-12-04',
};

/** Renders the page and waits until the answers are loaded. */
export async function renderQuestionnaire(store: MemoryStore = createMemoryStore()) {
  if (store.rounds.items.size === 0) store.rounds.seed(testRound);
  // No delay between keystrokes: the page renders all 25 questions, and default delays add up.
  const user = userEvent.setup({ delay: null });
  const result = renderWithSession(
    <RoundProvider>
      <QuestionnairePage />
    </RoundProvider>,
    { store },
  );
  await screen.findByRole('heading', { name: /I\. Identificatie/ });
  return { ...result, user };
}

/** Returns the region of question `number`. */
export function question(number: number) {
  return screen.getByRole('region', { name: new RegExp(`^Vraag ${number}\\.`) });
}

/** Returns the one text field of question `number`. */
export function textField(number: number) {
  return within(question(number)).getByRole('textbox');
}
