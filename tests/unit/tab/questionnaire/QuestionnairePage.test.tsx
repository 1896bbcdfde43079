import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphRequestError } from '../../../../src/graph/errors';
import { QuestionnairePage } from '../../../../src/tab/features/questionnaire/QuestionnairePage';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import { createMemoryStore, people } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';
import { question, renderQuestionnaire, testRound, textField } from './renderQuestionnaire';

// A 500 is not sent again by itself, so the user sees the failure at once.
function internalError(): GraphRequestError {
  return new GraphRequestError({ status: 500, code: 'generalException', message: 'failed' });
}

// The page renders all 25 questions, including 159 grid radios, which jsdom renders slowly.
describe('Zelfevaluatie', { timeout: 20_000 }, () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 2 ', 2],
  ])('FTE input saves %j as %d', async (typed, expected) => {
    const { user, store } = await renderQuestionnaire();

    await user.type(textField(4), typed);
    await user.tab();

    await waitFor(() =>
      expect(store.answers.items.get('round-first:q4')?.value).toEqual({
        kind: 'fte',
        fte: expected,
      }),
    );
  });

  it('FTE input rejects "veel" and keeps the old value', async () => {
    const { user, store } = await renderQuestionnaire();
    await user.type(textField(4), '2');
    await user.tab();
    await within(question(4)).findByText('Bewaard');
    const savesBefore = store.answers.calls.length;

    await user.clear(textField(4));
    await user.type(textField(4), 'veel');
    await user.tab();

    expect(within(question(4)).getByText(/“veel” is geen getal/)).toBeInTheDocument();
    expect(store.answers.calls.length).toBe(savesBefore);
    expect(store.answers.items.get('round-first:q4')?.value).toEqual({ kind: 'fte', fte: 2 });
  });

  it('shows question 18 only after 17 is Ja', async () => {
    const { user } = await renderQuestionnaire();
    expect(screen.queryByRole('region', { name: /^Vraag 18\./ })).not.toBeInTheDocument();

    await user.click(within(question(17)).getByRole('radio', { name: 'Ja' }));

    expect(question(18)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Vraag 19\./ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Vraag 20\./ })).not.toBeInTheDocument();
  });

  it('shows questions 19 and 20 only after 17 is Neen', async () => {
    const { user } = await renderQuestionnaire();
    expect(screen.queryByRole('region', { name: /^Vraag 19\./ })).not.toBeInTheDocument();

    await user.click(within(question(17)).getByRole('radio', { name: 'Neen' }));

    expect(question(19)).toBeInTheDocument();
    expect(question(20)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Vraag 18\./ })).not.toBeInTheDocument();
  });

  it('"Andere" comes with a text field that is saved', async () => {
    const { user, store } = await renderQuestionnaire();
    expect(within(question(8)).queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(within(question(8)).getByRole('radio', { name: 'Andere' }));
    await user.type(within(question(8)).getByRole('textbox', { name: /Andere/ }), 'In opmaak');
    await user.tab();

    await waitFor(() =>
      expect(store.answers.items.get('round-first:q8')?.value).toEqual({
        kind: 'single',
        choice: 'other',
        other: 'In opmaak',
      }),
    );
  });

  it('multiple choice saves the ticked options', async () => {
    const { user, store } = await renderQuestionnaire();

    await user.click(within(question(3)).getByRole('checkbox', { name: 'OCMW-administratie' }));
    await user.click(within(question(3)).getByRole('checkbox', { name: "AGB('s)" }));

    await waitFor(() =>
      expect(store.answers.items.get('round-first:q3')?.value).toEqual({
        kind: 'multiple',
        choices: ['ocmw', 'agb'],
      }),
    );
  });

  it('scale saves the chosen step', async () => {
    const { user, store } = await renderQuestionnaire();

    await user.click(within(question(25)).getByRole('radio', { name: '7' }));

    await waitFor(() =>
      expect(store.answers.items.get('round-first:q25')?.value).toEqual({
        kind: 'scale',
        value: 7,
      }),
    );
  });

  it('grid saves one answer per row', async () => {
    const { user, store } = await renderQuestionnaire();
    const grid = within(question(15));

    await user.click(grid.getAllByRole('radio', { name: /: Voldoende afgedekt$/ })[0]!);
    await user.click(grid.getAllByRole('radio', { name: /: Onvoldoende onder controle$/ })[1]!);

    const writes = () => store.answers.calls.filter((call) => call.method !== 'list');
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes().map((call) => call.record?.rowKey)).toEqual(['d1', 'd2']);
    expect(store.answers.items.get('round-first:q15:d1')?.value).toEqual({
      kind: 'grid',
      row: 'd1',
      column: 'covered',
    });
    expect(store.answers.items.get('round-first:q15:d2')?.rowKey).toBe('d2');
    expect(store.answers.items.get('round-first:q15:d2')?.value).toEqual({
      kind: 'grid',
      row: 'd2',
      column: 'notControlled',
    });
  });

  it('grid row can be cleared', async () => {
    const { user, store } = await renderQuestionnaire();
    const grid = within(question(15));
    await user.click(grid.getAllByRole('radio', { name: /: Voldoende afgedekt$/ })[0]!);
    await waitFor(() => expect(store.answers.items.has('round-first:q15:d1')).toBe(true));

    await user.click(grid.getAllByRole('button', { name: /^Keuze wissen voor/ })[0]!);

    await waitFor(() => expect(store.answers.items.has('round-first:q15:d1')).toBe(false));
    expect(grid.getAllByRole('radio', { name: /: Voldoende afgedekt$/ })[0]).not.toBeChecked();
  });

  it('failed save shows the error and keeps the text', async () => {
    const store = createMemoryStore();
    store.answers.failNext('create', internalError());
    const { user } = await renderQuestionnaire(store);

    await user.type(textField(1), 'Gemeente Zoersel');
    await user.tab();

    expect(await within(question(1)).findByRole('alert')).toHaveTextContent(/Niet bewaard/);
    expect(textField(1)).toHaveValue('Gemeente Zoersel');
    await user.click(within(question(1)).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() =>
      expect(store.answers.items.get('round-first:q1')?.value).toEqual({
        kind: 'text',
        text: 'Gemeente Zoersel',
      }),
    );
  });

  it('conflict shows the other value and keeps mine on request', async () => {
    const store = createMemoryStore();
    store.rounds.seed(testRound);
    const theirs = { key: 'round-first:q1', roundKey: 'round-first', questionId: 'q1' as const };
    const first = store.answers.seed({ ...theirs, value: { kind: 'text', text: 'Zoersel' } });
    const { user } = await renderQuestionnaire(store);
    store.answers.items.set(first.key, {
      ...first,
      etag: '"changed-by-bert"',
      value: { kind: 'text', text: 'OCMW Zoersel' },
      answeredBy: people.bert,
    });

    await user.clear(textField(1));
    await user.type(textField(1), 'Gemeente Zoersel');
    await user.tab();

    const alert = await within(question(1)).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Bert Claes heeft dit antwoord intussen gewijzigd in: OCMW Zoersel.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Mijn antwoord bewaren' }));
    await waitFor(() =>
      expect(store.answers.items.get(first.key)?.value).toEqual({
        kind: 'text',
        text: 'Gemeente Zoersel',
      }),
    );
  });

  it('first answer given meanwhile by another member is a conflict', async () => {
    const store = createMemoryStore();
    store.rounds.seed(testRound);
    const { user } = await renderQuestionnaire(store);
    store.answers.seed({
      key: 'round-first:q7',
      roundKey: 'round-first',
      questionId: 'q7',
      value: { kind: 'single', choice: 'yes' },
      answeredBy: people.bert,
    });

    await user.click(within(question(7)).getByRole('radio', { name: 'Neen' }));

    const alert = await within(question(7)).findByRole('alert');
    expect(alert).toHaveTextContent('Bert Claes heeft dit antwoord intussen gewijzigd in: Ja.');
    expect(store.answers.items.get('round-first:q7')?.value).toEqual({
      kind: 'single',
      choice: 'yes',
    });
    await user.click(within(alert).getByRole('button', { name: 'Hun antwoord overnemen' }));
    expect(within(question(7)).getByRole('radio', { name: 'Ja' })).toBeChecked();
  });

  it('hostile text is stored and shown as typed', async () => {
    const hostile = '<b>Zoersel</b> "OCMW" ’t Dorp 🚀';
    const store = createMemoryStore();
    const first = await renderQuestionnaire(store);
    await first.user.type(textField(1), hostile);
    await first.user.tab();
    await waitFor(() =>
      expect(store.answers.items.get('round-first:q1')?.value).toEqual({
        kind: 'text',
        text: hostile,
      }),
    );
    first.unmount();

    await renderQuestionnaire(store);

    expect(textField(1)).toHaveValue(hostile);
    expect(document.querySelector('b')).toBeNull();
  });

  it('marks required questions for assistive technology', async () => {
    await renderQuestionnaire();

    expect(textField(4)).toHaveAttribute('aria-required', 'true');
    expect(within(question(4)).getByText('(verplicht)')).toBeInTheDocument();
    expect(textField(5)).not.toHaveAttribute('aria-required');
  });

  it('shows the reference date in question 5', async () => {
    await renderQuestionnaire();

    expect(question(5)).toHaveTextContent('op 4 december 2026 NIET ingevuld');
  });

  it('creates the first round when there is none', async () => {
    const store = createMemoryStore();
    renderWithSession(
      <RoundProvider>
        <QuestionnairePage />
      </RoundProvider>,
      { store },
    );

    await waitFor(() => expect(store.rounds.items.size).toBe(1));
    expect([...store.rounds.items.values()][0]?.name).toMatch(/^Zelfevaluatie \d{4}$/);
  });
});

describe('Zelfevaluatie errors', () => {
  it('load failure says what happened', async () => {
    const store = createMemoryStore();
    store.rounds.seed(testRound);
    store.answers.failNext(
      'list',
      new GraphRequestError({ status: 403, code: 'accessDenied', message: 'no' }),
    );
    renderWithSession(
      <RoundProvider>
        <QuestionnairePage />
      </RoundProvider>,
      { store },
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(/geen toegang/);
  });
});
