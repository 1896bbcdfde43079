import '../fakes/tabSetup';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonPage } from '../../../../src/tab/features/benchmark/ComparisonPage';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import { renderWithSession } from '../fakes/renderWithSession';
import { storeWithAnswers, type SeedAnswer } from '../fakes/seedAnswers';

async function renderComparison(answers: SeedAnswer[], locale: 'nl' | 'en' = 'nl') {
  renderWithSession(
    <RoundProvider>
      <ComparisonPage />
    </RoundProvider>,
    { store: storeWithAnswers(answers), locale },
  );
  await screen.findByRole('heading', { name: /I\. Identifi/ });
}

describe('Vergelijking', { timeout: 20_000 }, () => {
  it('table shows shares, own answer and report place', async () => {
    await renderComparison([['q6', { kind: 'single', choice: 'no' }]]);

    const table = screen.getByRole('table', { name: 'Antwoorden van de 144 besturen op vraag 6' });
    const own = within(table).getByRole('row', { name: /^Neen 51 %/ });
    expect(within(own).getByText('ja')).toBeInTheDocument();
    expect(within(own).getByText('Bijlage 4, vraag 6')).toBeInTheDocument();
    const yes = within(table).getByRole('row', { name: /^Ja 23 %/ });
    const [, ownCell] = within(yes).getAllByRole('cell');
    expect(ownCell).toBeEmptyDOMElement();
  });

  it('states where the bestuur stands', async () => {
    await renderComparison([['q6', { kind: 'single', choice: 'no' }]]);

    const region = screen.getByRole('region', { name: /^6\./ });
    expect(region).toHaveTextContent('Je bestuur antwoordde «Neen», net als 51 % van de 144.');
  });

  it('question without figures says the report gives none', async () => {
    await renderComparison([]);

    const region = screen.getByRole('region', { name: /^1\./ });
    expect(region).toHaveTextContent('Het rapport geeft geen cijfer voor deze vraag.');
    expect(within(region).queryByRole('table')).not.toBeInTheDocument();
  });

  it('describes the 144 once', async () => {
    await renderComparison([]);

    expect(screen.getAllByRole('heading', { name: 'Wie waren de 144 besturen?' })).toHaveLength(1);
    expect(screen.getByText(/van november 2021 tot januari 2022/)).toBeInTheDocument();
  });

  it('grid rows get a table each', async () => {
    await renderComparison([['q15', { kind: 'grid', row: 'd1', column: 'notControlled' }, 'd1']]);

    const tables = within(screen.getByRole('region', { name: /^15\./ })).getAllByRole('table');
    expect(tables).toHaveLength(13);
    const own = within(tables[0]!).getByRole('row', { name: /^Onvoldoende onder controle/ });
    expect(own).toHaveTextContent('ja');
  });
});
