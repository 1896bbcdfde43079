import '../fakes/tabSetup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action, Risk } from '../../../../src/domain/model';
import { ActionsPage } from '../../../../src/tab/features/actions/ActionsPage';
import { createMemoryStore, FakeGraphError, MEMBERS } from '../risks/fakes/memoryStore';
import { renderWithSession } from '../risks/fakes/renderWithSession';

const TODAY = '2026-12-04';

function storedAction(key: string, patch: Partial<Action> = {}): Action {
  return {
    key,
    title: `Actie ${key}`,
    description: '',
    moscow: 'must',
    status: 'open',
    percentComplete: 0,
    ...patch,
  };
}

const RISK: Risk = {
  key: 'risk-backup',
  title: 'Back-ups worden niet getest',
  description: '',
  domain: 'd12',
  cause: '',
  likelihood: 4,
  impact: 4,
  status: 'open',
  origin: 'own',
};

async function renderPlan(fake: ReturnType<typeof createMemoryStore>) {
  renderWithSession(<ActionsPage today={TODAY} />, fake.store);
  await screen.findByRole('heading', { name: /^Must have/ });
  await waitFor(() => expect(fake.planner.pulls).toHaveLength(1));
}

describe('ActionsPage groups', () => {
  it('groups actions by MoSCoW class with their meaning', async () => {
    const fake = createMemoryStore({
      actions: [storedAction('a'), storedAction('b', { moscow: 'could', title: 'Wiki opzetten' })],
    });
    await renderPlan(fake);

    const could = screen.getByRole('region', { name: 'Could have (1)' });
    expect(within(could).getByText('Wiki opzetten')).toBeInTheDocument();
    expect(within(could).getByText(/Nuttig maar niet nodig/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Must have (1)' })).toBeInTheDocument();
  });

  it("marks owner and due date of Won't actions as unused", async () => {
    const fake = createMemoryStore({
      actions: [storedAction('w', { moscow: 'wont', owner: MEMBERS[0], dueDate: '2027-03-01' })],
    });
    await renderPlan(fake);

    const wont = screen.getByRole('region', { name: 'Won’t have (1)' });
    expect(within(wont).getByText(/zonder eigenaar en zonder einddatum/)).toBeInTheDocument();
    expect(within(wont).getByText('An Peeters (niet gebruikt in Planner)')).toBeInTheDocument();
    expect(within(wont).getByText('1 maart 2027 (niet gebruikt in Planner)')).toBeInTheDocument();
  });
});

describe('ActionsPage goal', () => {
  it('says the plan misses its goal after the target date', async () => {
    const fake = createMemoryStore({ actions: [storedAction('a', { title: 'MFA invoeren' })] });
    fake.setSettings({ key: 'plan', targetDate: '2026-11-30' });
    await renderPlan(fake);

    expect(screen.getByText(/^Het actieplan haalt zijn doel niet/)).toBeInTheDocument();
    expect(screen.getByText(/Betrokken acties: MFA invoeren/)).toBeInTheDocument();
  });

  it('says the goal is reached when every Must-have is done', async () => {
    const fake = createMemoryStore({ actions: [storedAction('a', { status: 'done' })] });
    fake.setSettings({ key: 'plan', targetDate: '2026-12-31' });
    await renderPlan(fake);

    expect(
      screen.getByText('Doel bereikt: alle Must have-acties zijn klaar (1 van 1).'),
    ).toBeInTheDocument();
  });
});

describe('ActionsPage editor', () => {
  it('offers a link to a saved action, not to a new one', async () => {
    const fake = createMemoryStore({ actions: [storedAction('a', { id: '7' })] });
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie "Actie a" bewerken' }));
    const editor = await screen.findByRole('dialog', { name: 'Actie bewerken' });
    expect(within(editor).getByRole('button', { name: /Actie a.*kopiëren/ })).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Annuleren' }));

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const creator = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    expect(within(creator).queryByRole('button', { name: /kopiëren/ })).toBeNull();
  });

  it('stores the due date exactly as picked', async () => {
    const fake = createMemoryStore({ risks: [RISK] });
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    await user.type(within(dialog).getByLabelText(/^Titel/), 'Hersteltest plannen');
    await user.selectOptions(within(dialog).getByLabelText('Gekoppeld risico'), RISK.title);
    await user.click(within(dialog).getByRole('radio', { name: /^Must have/ }));
    // jsdom has no date picker; a change event sets the value as the browser would.
    fireEvent.change(within(dialog).getByLabelText('Einddatum'), {
      target: { value: '2027-03-31' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(fake.actions.items.size).toBe(1));
    const saved = [...fake.actions.items.values()][0]!;
    expect(saved.dueDate).toBe('2027-03-31');
    expect(saved.riskKey).toBe('risk-backup');
    expect(saved.domain).toBe('d12');
    expect(saved.moscow).toBe('must');
  });

  it('refuses a 256-character title without saving', async () => {
    const fake = createMemoryStore();
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    await user.click(within(dialog).getByLabelText(/^Titel/));
    await user.paste('b'.repeat(256));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(within(dialog).getByText(/^De titel is 256 tekens lang/)).toBeInTheDocument();
    expect(fake.actions.writes).toEqual([]);
  });

  it("says a Won't action's owner and due date are not used", async () => {
    const fake = createMemoryStore();
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    await user.click(within(dialog).getByRole('radio', { name: /^Won’t have/ }));

    expect(
      within(dialog).getByText(/een Won’t have-taak blijft zonder eigenaar/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/een Won’t have-taak krijgt geen einddatum/),
    ).toBeInTheDocument();
  });
});

describe('ActionsPage Planner', () => {
  it('shows progress while pushing and the result after', async () => {
    const fake = createMemoryStore({ actions: [storedAction('a'), storedAction('b')] });
    let release = () => {};
    fake.planner.gate = new Promise((resolve) => (release = resolve));
    fake.planner.pushResult = { created: 1, updated: 1, unchanged: 0, skippedDeleted: 0 };
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Naar Planner' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByText('Stap 1 van 4: taken')).toBeInTheDocument();

    release();
    expect(
      await screen.findByText('Naar Planner gestuurd: 1 nieuw, 1 bijgewerkt, 0 ongewijzigd.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(fake.planner.pushes[0]?.actions.map((action) => action.key)).toEqual(['a', 'b']);
    expect(screen.getAllByText('In Planner')).toHaveLength(2);
  });

  it('pulls on open and lists what Planner changed', async () => {
    const fake = createMemoryStore({
      actions: [storedAction('a', { title: 'MFA invoeren', plannerTaskId: 't-a' })],
    });
    fake.planner.pullResult = (actions) => ({
      changed: actions.map((action) => ({
        ...action,
        status: 'done' as const,
        percentComplete: 100,
        dueDate: '2027-01-15',
      })),
      deleted: [],
    });
    await renderPlan(fake);

    expect(await screen.findByText('"MFA invoeren" is afgevinkt in Planner.')).toBeInTheDocument();
    expect(
      screen.getByText('"MFA invoeren": einddatum in Planner gewijzigd naar 15 januari 2027.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Klaar in Planner')).toBeInTheDocument();
  });

  it('asks before recreating a task deleted in Planner', async () => {
    const fake = createMemoryStore({
      actions: [storedAction('a', { title: 'MFA invoeren', plannerTaskId: 't-a' })],
    });
    fake.planner.pullResult = (actions) => ({
      changed: [],
      deleted: actions.map((action) => ({ ...action, plannerTaskDeleted: true })),
    });
    await renderPlan(fake);
    const user = userEvent.setup();

    expect(await screen.findByText('Verwijderd in Planner')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Taken opnieuw aanmaken…' }));
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Verwijderde taken opnieuw aanmaken?',
    });
    expect(within(confirm).getByText('MFA invoeren')).toBeInTheDocument();
    expect(fake.planner.pushes).toHaveLength(0);

    await user.click(within(confirm).getByRole('button', { name: 'Opnieuw aanmaken' }));
    await waitFor(() => expect(fake.planner.pushes).toHaveLength(1));
    expect(fake.planner.pushes[0]?.recreateDeleted).toEqual(['a']);
  });

  it('pushes nothing when the user declines to recreate', async () => {
    const fake = createMemoryStore({
      actions: [storedAction('a', { plannerTaskId: 't-a', plannerTaskDeleted: true })],
    });
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Taken opnieuw aanmaken…' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Niet aanmaken' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.planner.pushes).toHaveLength(0);
  });

  it('says in Dutch why a push failed', async () => {
    const fake = createMemoryStore({ actions: [storedAction('a')] });
    fake.planner.pushFailure = new FakeGraphError(403, 'Forbidden');
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Naar Planner' }));

    expect(
      await screen.findByText(/^Doorsturen naar Planner is mislukt\. Je hebt geen toegang/),
    ).toBeInTheDocument();
  });

  it('pushes without recreating deleted tasks by default', async () => {
    const fake = createMemoryStore({
      actions: [storedAction('a', { plannerTaskId: 't-a', plannerTaskDeleted: true })],
    });
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Naar Planner' }));

    await waitFor(() => expect(fake.planner.pushes).toHaveLength(1));
    expect(fake.planner.pushes[0]?.recreateDeleted).toBeUndefined();
  });
});
