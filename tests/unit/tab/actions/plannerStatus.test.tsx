import '../fakes/tabSetup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/domain/model';
import { ActionsPage } from '../../../../src/tab/features/actions/ActionsPage';
import { createMemoryStore } from '../risks/fakes/memoryStore';
import { renderWithSession } from '../risks/fakes/renderWithSession';

const TODAY = '2026-12-04';

function pushedAction(key: string, patch: Partial<Action> = {}): Action {
  return {
    key,
    title: `Actie ${key}`,
    description: '',
    moscow: 'must',
    dueDate: '2027-03-31',
    status: 'open',
    percentComplete: 0,
    plannerTaskId: `t-${key}`,
    plannerTaskEtag: 'W/"v1"',
    ...patch,
  };
}

async function renderPlan(fake: ReturnType<typeof createMemoryStore>) {
  renderWithSession(<ActionsPage today={TODAY} />, fake.store);
  await screen.findByRole('heading', { name: /^Must have/ });
  await waitFor(() => expect(fake.planner.pulls).toHaveLength(1));
}

async function changeDueDate(title: string, dueDate: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `Actie "${title}" bewerken` }));
  const dialog = await screen.findByRole('dialog', { name: 'Actie bewerken' });
  fireEvent.change(within(dialog).getByLabelText('Einddatum'), { target: { value: dueDate } });
  await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('Planner state of an edited action', () => {
  it('says an edit waits for the next push', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a')] });
    await renderPlan(fake);

    await changeDueDate('Actie a', '2027-04-15');

    expect(screen.getByText('15 april 2027')).toBeInTheDocument();
    expect(screen.getByText('Wijziging nog niet in Planner')).toBeInTheDocument();
    expect(screen.queryByText('In Planner')).toBeNull();
  });

  it('says In Planner again after the push', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a')] });
    await renderPlan(fake);
    await changeDueDate('Actie a', '2027-04-15');
    const user = userEvent.setup();

    // Fluent's modal dialog may leave aria-hidden on the page in jsdom, which runs no transitions.
    await user.click(screen.getByRole('button', { name: 'Naar Planner', hidden: true }));

    expect(await screen.findByText('In Planner')).toBeInTheDocument();
    expect(screen.queryByText('Wijziging nog niet in Planner')).toBeNull();
  });

  it('keeps a description edit In Planner', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a')] });
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie "Actie a" bewerken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Actie bewerken' });
    await user.type(within(dialog).getByLabelText('Beschrijving'), 'Elk kwartaal.');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(screen.getByText('In Planner')).toBeInTheDocument();
  });

  it('shows a waiting change that the pull on opening found', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a'), pushedAction('b')] });
    fake.planner.pullResult = () => ({ changed: [], deleted: [], awaitingPush: ['b'] });
    await renderPlan(fake);

    expect(await screen.findByText('Wijziging nog niet in Planner')).toBeInTheDocument();
    expect(screen.getAllByText('In Planner')).toHaveLength(1);
  });
});

describe('Planner progress', () => {
  it('shows the percentage of a task in progress', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a', { percentComplete: 50 })] });
    await renderPlan(fake);

    expect(screen.getByText('Bezig in Planner (50 %)')).toBeInTheDocument();
    expect(screen.getByText('Bezig (50 %)')).toBeInTheDocument();
    expect(screen.queryByText('Open')).toBeNull();
  });

  it('lists progress that a pull brought in', async () => {
    const fake = createMemoryStore({ actions: [pushedAction('a', { title: 'MFA invoeren' })] });
    fake.planner.pullResult = (actions) => ({
      changed: actions.map((action) => ({ ...action, percentComplete: 50 })),
      deleted: [],
    });
    await renderPlan(fake);

    expect(
      await screen.findByText('"MFA invoeren": in Planner op 50 % gezet.'),
    ).toBeInTheDocument();
  });
});

describe('Changes found on opening', () => {
  function storeWithOneChangeOnOpen() {
    const fake = createMemoryStore({ actions: [pushedAction('a', { title: 'MFA invoeren' })] });
    fake.planner.pullResult = (actions) => ({
      changed:
        fake.planner.pulls.length === 1
          ? actions.map((action) => ({ ...action, status: 'done' as const, percentComplete: 100 }))
          : [],
      deleted: [],
    });
    return fake;
  }

  it('stay listed after a refresh that finds nothing', async () => {
    const fake = storeWithOneChangeOnOpen();
    await renderPlan(fake);
    await screen.findByText('"MFA invoeren" is afgevinkt in Planner.');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));

    await waitFor(() => expect(fake.planner.pulls).toHaveLength(2));
    expect(
      await screen.findByText(/^Planner is opnieuw gelezen: niets nieuws/),
    ).toBeInTheDocument();
    expect(screen.getByText('"MFA invoeren" is afgevinkt in Planner.')).toBeInTheDocument();
    expect(screen.queryByText('Planner is gelezen: niets gewijzigd.')).toBeNull();
  });

  it('go away when the user closes the list', async () => {
    const fake = storeWithOneChangeOnOpen();
    await renderPlan(fake);
    await screen.findByText('"MFA invoeren" is afgevinkt in Planner.');
    const user = userEvent.setup();

    await user.click(
      screen.getByRole('button', { name: 'De lijst met wijzigingen uit Planner sluiten' }),
    );

    expect(screen.queryByText('"MFA invoeren" is afgevinkt in Planner.')).toBeNull();
  });
});

describe('Plan goal wording', () => {
  it('says the on-track check is about Must have actions only', async () => {
    const fake = createMemoryStore({
      actions: [pushedAction('a'), pushedAction('b', { moscow: 'should', dueDate: '2027-06-30' })],
    });
    fake.setSettings({ key: 'plan', targetDate: '2027-04-30' });
    await renderPlan(fake);

    expect(
      screen.getByText(/de open Must have-acties zijn gepland vóór de streefdatum 30 april 2027/),
    ).toBeInTheDocument();
  });

  it('explains the title limit without naming SharePoint', async () => {
    const fake = createMemoryStore();
    await renderPlan(fake);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe actie' });
    await user.click(within(dialog).getByLabelText(/^Titel/));
    await user.paste('b'.repeat(256));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(
      within(dialog).getByText(/Microsoft 365 aanvaardt titels van hoogstens 255 tekens/),
    ).toBeInTheDocument();
  });
});
