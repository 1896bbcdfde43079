import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isRoundNameTaken } from '../../../../src/tab/features/questionnaire/rounds';
import { createMemoryStore } from '../fakes/memoryStore';
import { renderQuestionnaire, testRound } from './renderQuestionnaire';

describe('isRoundNameTaken', () => {
  it('ignores case and white space', () => {
    expect(isRoundNameTaken([testRound], ' zelfevaluatie  2026 ')).toBe(true);
    expect(isRoundNameTaken([testRound], 'ZELFEVALUATIE\t2026')).toBe(true);
  });

  it('accepts another name', () => {
    expect(isRoundNameTaken([testRound], 'Zelfevaluatie 2027')).toBe(false);
  });
});

describe('new round dialog', { timeout: 20_000 }, () => {
  async function openDialog() {
    const store = createMemoryStore();
    const { user } = await renderQuestionnaire(store);
    await user.click(screen.getByRole('button', { name: 'Nieuwe ronde starten' }));
    // NOTE: under jsdom, Testing Library sometimes counts the open dialog as hidden, so these
    // queries include hidden elements.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const nameField = within(dialog).getByRole('textbox', {
      name: /Naam van de ronde/,
      hidden: true,
    });
    return { store, user, dialog, nameField };
  }

  it('rejects a name that exists already', async () => {
    const { store, user, dialog, nameField } = await openDialog();

    await user.type(nameField, ' ZELFEVALUATIE 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Ronde starten', hidden: true }));

    expect(
      within(dialog).getByText('Er is al een ronde met de naam “ZELFEVALUATIE 2026”.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(store.rounds.items.size).toBe(1);
  });

  it('shows its own message for an empty name', async () => {
    const { store, user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Ronde starten', hidden: true }));

    expect(within(dialog).getByText('Geef de ronde een naam.')).toBeInTheDocument();
    expect(store.rounds.items.size).toBe(1);
  });

  it('starts a round with a new name', async () => {
    const { store, user, dialog, nameField } = await openDialog();

    await user.type(nameField, 'Zelfevaluatie 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Ronde starten', hidden: true }));

    await screen.findByRole('option', { name: /^Zelfevaluatie 2027/, hidden: true });
    expect(store.rounds.items.size).toBe(2);
  });
});
