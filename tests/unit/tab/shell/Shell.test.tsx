import '../fakes/tabSetup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphRequestError } from '../../../../src/graph/errors';
import type { GraphSession } from '../../../../src/tab/shell/graphSession';
import { LOCAL_USER_KEY } from '../../../../src/tab/shell/localMode';
import { Shell } from '../../../../src/tab/shell/Shell';
import type { StartupDependencies } from '../../../../src/tab/shell/useStartup';
import { createMemoryStore, people } from '../fakes/memoryStore';
import { SignInRequiredError } from '../../../../src/tab/shell/tokenSource';

// The Teams host is replaced through the start-up dependencies; only the theme handler is called.
vi.mock('@microsoft/teams-js', () => ({ app: { registerOnThemeChangeHandler: vi.fn() } }));

function localDependencies(graph: Partial<GraphSession> = {}): StartupDependencies {
  const store = createMemoryStore();
  const session: GraphSession = {
    me: async () => people.an,
    joinedTeams: async () => [{ id: 'group-1', displayName: 'Managementteam' }],
    channels: async () => [{ id: 'channel-1', displayName: 'Algemeen' }],
    openStore: async () => store,
    ...graph,
  };
  return {
    detectHost: async () => ({ kind: 'local' }),
    fetchLocalUsers: async () => [people.an, people.bert],
    createGraphSession: () => session,
  };
}

async function signInAs(name: RegExp) {
  const user = userEvent.setup();
  await user.selectOptions(
    await screen.findByLabelText(/Demogebruiker/),
    screen.getByRole('option', { name }),
  );
  await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
  return user;
}

describe('Shell in local mode', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the local banner and the demo-user picker', async () => {
    render(<Shell dependencies={localDependencies()} />);

    expect(await screen.findByText(/Lokale modus/)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Kies een demogebruiker' }),
    ).toBeInTheDocument();
  });

  it('opens the navigation after choosing a user', async () => {
    render(<Shell dependencies={localDependencies()} />);

    await signInAs(/An Peeters/);

    expect(await screen.findByRole('tab', { name: 'Zelfevaluatie' })).toBeInTheDocument();
    expect(sessionStorage.getItem(LOCAL_USER_KEY)).toBe('an@demo.local');
  });

  it('says the user is outside the team on 403', async () => {
    const forbidden = new GraphRequestError({ status: 403, code: 'accessDenied', message: 'no' });
    const dependencies = localDependencies({ joinedTeams: () => Promise.reject(forbidden) });
    render(<Shell dependencies={dependencies} />);

    await signInAs(/Bert Claes/);

    expect(await screen.findByRole('alert')).toHaveTextContent(/geen lid van een team/);
  });

  it('says the user is outside the team without teams', async () => {
    render(<Shell dependencies={localDependencies({ joinedTeams: async () => [] })} />);

    await signInAs(/Bert Claes/);

    expect(await screen.findByRole('alert')).toHaveTextContent(/geen lid van een team/);
  });

  it('switches the interface to English', async () => {
    render(<Shell dependencies={localDependencies()} />);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Taal'), 'en');

    expect(await screen.findByRole('heading', { name: 'Choose a demo user' })).toBeInTheDocument();
  });
});

describe('Shell in Teams', () => {
  const teamsContext = {
    groupId: 'group-1',
    channelId: 'channel-1',
    locale: 'nl-BE',
    theme: 'default' as const,
    hostName: 'Outlook',
  };

  it('offers Teams when the host has no nested app auth', async () => {
    const dependencies: StartupDependencies = {
      ...localDependencies(),
      detectHost: async () => ({
        kind: 'teams',
        context: teamsContext,
        config: { tenant: 'microsoft' },
      }),
      isNestedAuthRecommended: async () => () => false,
    };
    render(<Shell dependencies={dependencies} />);

    expect(
      await screen.findByRole('heading', { name: /Open Risicoradar in Microsoft Teams/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Outlook biedt geen aanmelding/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Openen in Teams' })).toBeInTheDocument();
  });

  it('shows Aanmelden when MSAL needs the user', async () => {
    const signIn = vi.fn(async () => undefined);
    const dependencies: StartupDependencies = {
      ...localDependencies({
        joinedTeams: () => Promise.reject(new SignInRequiredError()),
        openStore: async () => {
          throw new SignInRequiredError();
        },
      }),
      detectHost: async () => ({
        kind: 'teams',
        context: teamsContext,
        config: { tenant: 'microsoft' },
      }),
      isNestedAuthRecommended: async () => () => true,
      createNestedAuth: async () => ({ getToken: async () => 'token', signIn }),
    };
    render(<Shell dependencies={dependencies} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));

    expect(signIn).toHaveBeenCalledTimes(1);
  });
});

describe('Shell start-up', () => {
  afterEach(() => sessionStorage.clear());

  it('provisions the store once', async () => {
    const store = createMemoryStore();
    const provision = vi.spyOn(store, 'provision');
    const detectHost = vi.fn(async () => ({ kind: 'local' as const }));
    sessionStorage.setItem(LOCAL_USER_KEY, 'an@demo.local');
    render(
      <Shell
        dependencies={{ ...localDependencies({ openStore: async () => store }), detectHost }}
      />,
    );

    expect(await screen.findByRole('tab', { name: 'Zelfevaluatie' })).toBeInTheDocument();
    expect(provision).toHaveBeenCalledTimes(1);
    expect(detectHost).toHaveBeenCalledTimes(1);
  });
});
