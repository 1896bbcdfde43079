import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findingRules } from '../../../../src/content/findingRules';
import { FindingsPage } from '../../../../src/tab/features/findings/FindingsPage';
import { RoundProvider } from '../../../../src/tab/features/questionnaire/RoundContext';
import type { MemoryStore } from '../fakes/memoryStore';
import { serverError } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';
import { storeWithAnswers } from '../fakes/seedAnswers';

async function renderFindings(store: MemoryStore) {
  renderWithSession(
    <RoundProvider>
      <FindingsPage />
    </RoundProvider>,
    { store },
  );
  await screen.findByRole('heading', { name: 'Zwakke punten', level: 1 });
  return userEvent.setup({ delay: null });
}

const noRiskAnalysis = findingRules.find((rule) => rule.id === 'q12-no-risk-analysis')!;
const noSecurityAction = findingRules.find((rule) => rule.id.startsWith('q17'))!;

describe('Zwakke punten', () => {
  it('lists a finding with the answer behind it', async () => {
    await renderFindings(storeWithAnswers([['q12', { kind: 'single', choice: 'no' }]]));

    const card = await screen.findByRole('article', { name: noRiskAnalysis.finding.nl });
    expect(within(card).getByText('Vraag 12: «Neen»')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Bouwsteen 2:/ })).toBeInTheDocument();
  });

  it('"Als risico toevoegen" creates the risk', async () => {
    const store = storeWithAnswers([['q12', { kind: 'single', choice: 'no' }]]);
    const user = await renderFindings(store);
    const card = await screen.findByRole('article', { name: noRiskAnalysis.finding.nl });

    await user.click(within(card).getByRole('button', { name: /^Als risico toevoegen/ }));

    expect(await within(card).findByText('Staat in het risicoregister')).toBeInTheDocument();
    const [risk] = [...store.risks.items.values()];
    expect(risk?.origin).toBe('finding');
    expect(risk?.originRef).toBe('q12-no-risk-analysis');
    expect(risk?.title).toBe(noRiskAnalysis.finding.nl);
    expect(risk?.cause).toContain('Vraag 12: «Neen»');
    expect(store.risks.calls.filter((call) => call.method === 'create')).toHaveLength(1);
  });

  it('risk takes its domain from the rule', async () => {
    const store = storeWithAnswers([['q17', { kind: 'single', choice: 'no' }]]);
    const user = await renderFindings(store);
    const card = await screen.findByRole('article', { name: noSecurityAction.finding.nl });

    await user.click(within(card).getByRole('button', { name: /^Als risico toevoegen/ }));

    await waitFor(() => expect(store.risks.items.size).toBe(1));
    expect([...store.risks.items.values()][0]?.domain).toBe(noSecurityAction.domains[0]);
  });

  it('finding already in the register shows so', async () => {
    const store = storeWithAnswers([['q12', { kind: 'single', choice: 'no' }]]);
    store.risks.seed({
      key: 'risk-finding-q12-no-risk-analysis',
      title: 'Geen risicoanalyse',
      description: '',
      domain: 'd1',
      cause: '',
      likelihood: 3,
      impact: 3,
      status: 'open',
      origin: 'finding',
      originRef: 'q12-no-risk-analysis',
    });
    await renderFindings(store);

    const card = await screen.findByRole('article', { name: noRiskAnalysis.finding.nl });
    expect(within(card).getByText('Staat in het risicoregister')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('failed add shows the error and keeps the button', async () => {
    const store = storeWithAnswers([['q12', { kind: 'single', choice: 'no' }]]);
    store.risks.failNext('create', serverError());
    const user = await renderFindings(store);
    const card = await screen.findByRole('article', { name: noRiskAnalysis.finding.nl });

    await user.click(within(card).getByRole('button', { name: /^Als risico toevoegen/ }));

    expect(await within(card).findByRole('alert')).toHaveTextContent(/niet toegevoegd.*druk/);
    expect(within(card).getByRole('button', { name: /^Als risico toevoegen/ })).toBeEnabled();
  });

  it('no answers means no findings yet', async () => {
    await renderFindings(storeWithAnswers([]));

    expect(await screen.findByText(/wijzen \(nog\) op geen zwakke punten/)).toBeInTheDocument();
  });
});
