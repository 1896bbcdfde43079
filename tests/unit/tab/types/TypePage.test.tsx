import '../fakes/tabSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildingBlocks } from '../../../../src/content/buildingBlocks';
import { ictTypeById } from '../../../../src/content/ictTypes';
import type { BuildingBlockId } from '../../../../src/content/model';
import type { PlanSettings } from '../../../../src/domain/model';
import { GraphRequestError } from '../../../../src/graph/errors';
import { TypePage } from '../../../../src/tab/features/types/TypePage';
import { createMemoryStore, type MemoryStore } from '../fakes/memoryStore';
import { renderWithSession } from '../fakes/renderWithSession';

function storeWith(settings: Partial<PlanSettings>): MemoryStore {
  const store = createMemoryStore();
  store.settingsRecord = { key: 'plan', etag: '"settings-0"', ...settings };
  return store;
}

async function renderPage(store: MemoryStore = createMemoryStore()) {
  renderWithSession(<TypePage />, { store });
  await screen.findByRole('group', { name: /Types ICT-functie/ });
  return store;
}

function blockRegion(block: BuildingBlockId) {
  const definition = buildingBlocks.find((candidate) => candidate.id === block)!;
  return screen.getByRole('region', {
    name: `Bouwsteen ${definition.number}: ${definition.title.nl}`,
  });
}

function stepList(block: BuildingBlockId) {
  const region = blockRegion(block);
  return within(region).getAllByRole('list')[0]!;
}

function rows(block: BuildingBlockId) {
  return within(stepList(block))
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === stepList(block));
}

describe('TypePage type 2', () => {
  it('shows exactly the type 2 steps per building block', async () => {
    await renderPage(storeWith({ ictTypes: ['t2'] }));

    const typeTwo = ictTypeById('t2');
    for (const block of buildingBlocks) {
      const steps = typeTwo.steps.filter((step) => step.buildingBlock === block.id);
      const groups = new Set(steps.map((step) => step.choiceGroup ?? step.id));
      expect(rows(block.id)).toHaveLength(groups.size);
      for (const step of steps) {
        expect(within(stepList(block.id)).getByText(step.text)).toBeInTheDocument();
      }
    }
  });

  it('shows the report wording of type 2', async () => {
    await renderPage(storeWith({ ictTypes: ['t2'] }));

    expect(
      within(stepList('b2')).getByText(
        'Iemand anders dan de externe ICT-ondersteuning (bv. DPO of medewerker organisatiebeheersing) coördineert de opmaak van de risicoanalyse',
      ),
    ).toBeInTheDocument();
    expect(
      within(stepList('b5')).getByText(
        'Documenteer de afspraken die worden gemaakt over risico-eigenaarschap. Maak een overzicht van wie verantwoordelijk is voor welke beheersmaatregelen.',
      ),
    ).toBeInTheDocument();
    expect(rows('b1')).toHaveLength(4);
    expect(rows('b2')).toHaveLength(2);
    expect(rows('b5')).toHaveLength(5);
    expect(screen.queryByText('Breng de gebruikersnoden in kaart.')).not.toBeInTheDocument();
  });

  it('shows the either/or step as a choice', async () => {
    await renderPage(storeWith({ ictTypes: ['t2'] }));

    const choice = within(blockRegion('b3')).getByRole('radiogroup', {
      name: /Stap 1 van bouwsteen 3 \(Type 2\): kies één/,
    });
    const options = within(choice).getAllByRole('radio');
    expect(options).toHaveLength(2);
    expect(within(choice).getByText(/^Check of de bestaande risicoanalyse/)).toBeInTheDocument();
    expect(
      within(choice).getByText(/sleutelgebruikers van bepaalde toepassingen\)\.$/),
    ).toBeInTheDocument();
  });
});

describe('TypePage several types', () => {
  it('shows a step shared by types 1 and 3 once', async () => {
    const user = userEvent.setup();
    const store = await renderPage();

    await user.click(screen.getByRole('checkbox', { name: /Type 1: Uitvoerende ICT-functie/ }));
    await user.click(screen.getByRole('checkbox', { name: /Type 3: Projectmatige ICT-functie/ }));

    const shared = within(stepList('b4')).getAllByText(
      'Breng in kaart welke hard- en software het lokaal bestuur gebruikt.',
    );
    expect(shared).toHaveLength(1);
    const row = shared[0]!.closest('li')!;
    expect(within(row).getByText('Uit: Type 1, Type 3')).toBeInTheDocument();
    expect(rows('b4')).toHaveLength(6);
    await waitFor(() => expect(store.settingsRecord?.ictTypes).toEqual(['t1', 't3']));
  });

  it('joins the either/or alternatives of types 1 and 3', async () => {
    await renderPage(storeWith({ ictTypes: ['t1', 't3'] }));

    const choice = within(blockRegion('b3')).getByRole('radiogroup');
    expect(within(choice).getAllByRole('radio')).toHaveLength(3);
    expect(within(choice).getAllByText(/^Check of de bestaande risicoanalyse/)).toHaveLength(1);
  });

  it('asks for a type when none is chosen', async () => {
    await renderPage();

    expect(screen.getByText(/Kies hierboven minstens één type/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Bouwsteen 1/ })).not.toBeInTheDocument();
  });
});

describe('TypePage actions', () => {
  it('makes an action with the suggested MoSCoW class', async () => {
    const user = userEvent.setup();
    const store = await renderPage(storeWith({ ictTypes: ['t2'] }));

    await user.click(
      screen.getByRole('button', { name: 'Actie maken van stap 2 van bouwsteen 1 (Type 2)' }),
    );

    const row = within(stepList('b1')).getAllByRole('listitem')[1]!;
    expect(await within(row).findByText('Actie bestaat')).toBeInTheDocument();
    const [action] = [...store.actions.items.values()];
    expect(action?.title).toBe(
      'Ga in dialoog met andere lokale besturen en bekijk hoe zij de ICT-functie invullen en hun ICT-visie/strategie vormgeven.',
    );
    expect(action?.moscow).toBe('could');
    await waitFor(() =>
      expect(store.settingsRecord?.stepStates?.['t2-b1-2']?.actionKey).toBe(action?.key),
    );
    expect(within(row).getByRole('link', { name: 'Naar het actieplan' })).toBeInTheDocument();
  });

  it('shortens a long step title and keeps the whole text', async () => {
    const user = userEvent.setup();
    const store = await renderPage(storeWith({ ictTypes: ['t2'] }));
    const text = ictTypeById('t2').steps.find((step) => step.id === 't2-b5-4')!.text;

    await user.click(
      screen.getByRole('button', { name: 'Actie maken van stap 4 van bouwsteen 5 (Type 2)' }),
    );

    expect(await screen.findByText(/De titel is daarom ingekort/)).toBeInTheDocument();
    const [action] = [...store.actions.items.values()];
    expect(action?.title).toBe(
      'Bepaal per risico en bijhorende beheersmaatregel(en) of de verantwoordelijkheid voor de opvolging en uitvoering intern of extern ligt.',
    );
    expect(action?.description).toContain(text);
    expect(action?.moscow).toBe('must');
  });

  it('needs a chosen alternative before an either/or action', async () => {
    const user = userEvent.setup();
    const store = await renderPage(storeWith({ ictTypes: ['t2'] }));
    const button = screen.getByRole('button', {
      name: 'Actie maken van stap 1 van bouwsteen 3 (Type 2)',
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');

    await user.click(within(blockRegion('b3')).getAllByRole('radio')[1]!);
    await user.click(button);

    await within(blockRegion('b3')).findByText('Actie bestaat');
    const [action] = [...store.actions.items.values()];
    expect(action?.title).toMatch(/^Check of de bestaande risicoanalyse/);
    expect(store.settingsRecord?.stepStates?.['t2-b3-1']?.choice).toBe('t2-b3-1b');
  });
});

describe('TypePage progress', () => {
  it('counts done steps per building block', async () => {
    const user = userEvent.setup();
    const store = await renderPage(storeWith({ ictTypes: ['t2'] }));
    expect(within(blockRegion('b1')).getByText('0 van 4 stappen gedaan')).toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', { name: 'Stap 1 van bouwsteen 1 (Type 2) gedaan' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Stap 3 van bouwsteen 1 (Type 2) gedaan' }),
    );

    expect(within(blockRegion('b1')).getByText('2 van 4 stappen gedaan')).toBeInTheDocument();
    expect(within(blockRegion('b2')).getByText('0 van 2 stappen gedaan')).toBeInTheDocument();
    expect(within(blockRegion('b1')).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
    await waitFor(() => expect(store.settingsRecord?.stepStates?.['t2-b1-3']?.done).toBe(true));
  });

  it('keeps a shared step done when one type is dropped', async () => {
    const user = userEvent.setup();
    await renderPage(storeWith({ ictTypes: ['t1', 't3'] }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Stap 1 van bouwsteen 4 (Type 1, Type 3) gedaan' }),
    );

    await user.click(screen.getByRole('checkbox', { name: /Type 1: Uitvoerende ICT-functie/ }));

    expect(
      screen.getByRole('checkbox', { name: 'Stap 1 van bouwsteen 4 (Type 3) gedaan' }),
    ).toBeChecked();
  });
});

describe('TypePage controlled risks', () => {
  it('adds a controlled risk to the register once', async () => {
    const user = userEvent.setup();
    const store = await renderPage(storeWith({ ictTypes: ['t1'] }));
    const risk = buildingBlocks[3]!.controlledRisks[0]!;

    await user.click(
      screen.getByRole('button', { name: `Toevoegen aan het register: ${risk.title.nl}` }),
    );

    const added = await screen.findByRole('button', { name: `In het register: ${risk.title.nl}` });
    expect(added).toHaveAttribute('aria-disabled', 'true');
    const [stored] = [...store.risks.items.values()];
    expect(stored?.origin).toBe('catalogue');
    expect(stored?.originRef).toBe(risk.id);
    expect(stored?.domain).toBe(risk.domain);
    expect(stored?.title).toBe(risk.title.nl);
  });
});

describe('TypePage saving', () => {
  it('shows the newer settings after a conflict', async () => {
    const user = userEvent.setup();
    const store = storeWith({ ictTypes: ['t2'] });
    const save = store.settings.save;
    store.settings.save = async () => {
      store.settings.save = save;
      // Another member saved first, choosing type 5 as well.
      store.settingsRecord = { key: 'plan', etag: '"settings-other"', ictTypes: ['t2', 't5'] };
      throw new GraphRequestError({ status: 412, code: 'preconditionFailed', message: 'stale' });
    };
    await renderPage(store);

    await user.click(screen.getByRole('checkbox', { name: /Type 1: Uitvoerende ICT-functie/ }));

    expect(
      await screen.findByText(/Iemand anders heeft de stappen intussen gewijzigd/),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Type 5:/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Type 1:/ })).not.toBeChecked();
    expect(store.settingsRecord?.ictTypes).toEqual(['t2', 't5']);
  });

  it('says when a save fails and undoes the change', async () => {
    const user = userEvent.setup();
    const store = storeWith({ ictTypes: ['t2'] });
    const save = store.settings.save;
    store.settings.save = async () => {
      store.settings.save = save;
      throw new GraphRequestError({ status: 503, code: 'serviceNotAvailable', message: 'busy' });
    };
    await renderPage(store);

    await user.click(screen.getByRole('checkbox', { name: /Type 4:/ }));

    expect(await screen.findByText(/Je wijziging kon niet worden bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Type 4:/ })).not.toBeChecked();
  });
});

describe('TypePage keyboard and locale', () => {
  it('ticks a step with the keyboard', async () => {
    const user = userEvent.setup();
    await renderPage(storeWith({ ictTypes: ['t3'] }));
    const box = screen.getByRole('checkbox', { name: 'Stap 1 van bouwsteen 2 (Type 3) gedaan' });

    box.focus();
    await user.keyboard(' ');

    expect(box).toBeChecked();
    expect(within(blockRegion('b2')).getByText('1 van 2 stappen gedaan')).toBeInTheDocument();
  });

  it('shows English text with the Dutch original', async () => {
    renderWithSession(<TypePage />, { store: storeWith({ ictTypes: ['t3'] }), locale: 'en' });

    const region = await screen.findByRole('region', { name: 'Building block 2: Risk analysis' });
    expect(within(region).getByText('Document the risk analysis.')).toBeInTheDocument();
    expect(within(region).getByText('Documenteer de risicoanalyse.')).toHaveAttribute('lang', 'nl');
    expect(within(region).getByText('0 of 2 steps done')).toBeInTheDocument();
  });
});
