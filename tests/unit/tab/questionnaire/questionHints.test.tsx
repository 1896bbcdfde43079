import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unfilledAbovePlanned } from '../../../../src/tab/features/questionnaire/fte';
import { question, renderQuestionnaire, textField } from './renderQuestionnaire';

describe('unfilledAbovePlanned', () => {
  it('flags unfilled FTE above planned FTE', () => {
    expect(unfilledAbovePlanned({ kind: 'fte', fte: 2.5 }, { kind: 'fte', fte: 7 })).toEqual({
      planned: 2.5,
      unfilled: 7,
    });
  });

  it('accepts equal numbers and a missing answer', () => {
    expect(unfilledAbovePlanned({ kind: 'fte', fte: 2 }, { kind: 'fte', fte: 2 })).toBeUndefined();
    expect(unfilledAbovePlanned(undefined, { kind: 'fte', fte: 7 })).toBeUndefined();
  });
});

describe('Zelfevaluatie hints', { timeout: 20_000 }, () => {
  it('warns when question 5 exceeds question 4 and still saves', async () => {
    const { user, store } = await renderQuestionnaire();

    await user.type(textField(4), '2,5');
    await user.tab();
    await user.type(textField(5), '7');
    await user.tab();

    expect(
      await within(question(5)).findByText(/7 VTE niet ingevuld is meer dan de 2,5 VTE/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(store.answers.items.get('round-first:q5')?.value).toEqual({ kind: 'fte', fte: 7 }),
    );
  });

  it('shows no warning when question 5 fits question 4', async () => {
    const { user } = await renderQuestionnaire();

    await user.type(textField(4), '2,5');
    await user.tab();
    await user.type(textField(5), '1');
    await user.tab();

    await within(question(5)).findByText('Bewaard');
    expect(within(question(5)).queryByText(/VTE niet ingevuld/)).not.toBeInTheDocument();
  });

  it.each([3, 8, 13])('names the "Andere" field of question %i', async (number) => {
    const { user } = await renderQuestionnaire();
    const radios = within(question(number)).queryAllByRole('radio', { name: /^Andere/ });
    const checkboxes = within(question(number)).queryAllByRole('checkbox', { name: /^Andere/ });

    await user.click([...radios, ...checkboxes][0]!);

    expect(
      within(question(number)).getByRole('textbox', {
        name: `Toelichting bij Andere, vraag ${number}`,
      }),
    ).toBeInTheDocument();
  });

  it.each([15, 16])('says once what an empty row of question %i means', async (number) => {
    await renderQuestionnaire();

    expect(within(question(number)).getAllByText(/niet kent/)).toHaveLength(1);
    expect(within(question(number)).getByText(/Met “Wissen” maak je een rij/)).toBeVisible();
    expect(screen.queryByText(/Kiest u/)).not.toBeInTheDocument();
  });
});
