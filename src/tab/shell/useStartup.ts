/** The shell's start-up state machine: detect the host, sign in, open and provision the store. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress, RisicoradarStore, TeamLocation } from '../../graph/store';
import { readEntry, type Entry } from '../navigation/entry';
import type { SessionValue } from './StoreContext';
import {
  defaultGraphSessionFactory,
  type GraphSession,
  type GraphSessionFactory,
} from './graphSession';
import { detectHost, type HostInfo } from './host';
import {
  createLocalTokenSource,
  fetchLocalContext,
  fetchLocalUsers,
  loadChosenUser,
  saveChosenUser,
  type LocalContext,
  type LocalUser,
} from './localMode';
import { createNestedAuthTokenSource, loadNestedAuthRecommendation } from './nestedAuth';
import { findLocalLocation, openSession, teamsLocation } from './openSession';
import { chooseTokenSource, SignInRequiredError, type TokenSource } from './tokenSource';

/** The stage of start-up, with the data of that stage. */
export type StartupState =
  | { stage: 'detecting' }
  | { stage: 'noHost'; hostName?: string }
  | { stage: 'chooseUser'; users: LocalUser[]; usersError?: unknown }
  | { stage: 'signIn'; signIn: () => Promise<void> }
  | { stage: 'connecting'; progress?: Progress }
  | { stage: 'configure'; store: RisicoradarStore; location: TeamLocation }
  | { stage: 'personal'; graph: GraphSession; tenantId?: string }
  | { stage: 'remove' }
  | { stage: 'ready'; session: SessionValue }
  | { stage: 'failed'; error: unknown };

/** Replaceable collaborators, so tests can start the shell without a host or a server. */
export interface StartupDependencies {
  detectHost: () => Promise<HostInfo>;
  createGraphSession: GraphSessionFactory;
  fetchLocalUsers: () => Promise<LocalUser[]>;
  fetchLocalContext?: () => Promise<LocalContext>;
  /** Creates the MSAL token source; tests replace it, since no test host offers NAA. */
  createNestedAuth?: typeof createNestedAuthTokenSource;
  isNestedAuthRecommended?: () => Promise<() => boolean>;
}

const defaultDependencies: StartupDependencies = {
  detectHost,
  createGraphSession: defaultGraphSessionFactory,
  fetchLocalUsers,
  fetchLocalContext: () => fetchLocalContext(),
  createNestedAuth: createNestedAuthTokenSource,
  isNestedAuthRecommended: loadNestedAuthRecommendation,
};

/** The start-up state plus what the user can do: pick a demo user, switch user, retry. */
export interface Startup {
  host?: HostInfo;
  entry: Entry;
  state: StartupState;
  localUser?: string;
  chooseUser(userPrincipalName: string): void;
  switchUser(): void;
  retry(): void;
}

type Update = (next: StartupState) => void;

async function createTokens(
  host: HostInfo,
  localUser: string | undefined,
  deps: StartupDependencies,
): Promise<{ tokens: TokenSource; baseUrl: string } | { unavailable: string | undefined }> {
  const recommended =
    host.kind === 'teams' && deps.isNestedAuthRecommended
      ? await deps.isNestedAuthRecommended()
      : () => false;
  const choice = chooseTokenSource(host, localUser, recommended);
  if (choice.kind === 'unavailable') return { unavailable: choice.hostName };
  if (choice.kind === 'local') {
    return {
      tokens: createLocalTokenSource(choice.userPrincipalName),
      baseUrl: choice.graphBaseUrl,
    };
  }
  const create = deps.createNestedAuth ?? createNestedAuthTokenSource;
  const tokens = await create(
    host.kind === 'teams' ? host.context : { locale: 'nl', theme: 'default' },
  );
  return { tokens, baseUrl: choice.graphBaseUrl };
}

async function locate(host: HostInfo, graph: GraphSession, deps: StartupDependencies) {
  if (host.kind === 'teams') return teamsLocation(host.context);
  const context = await deps.fetchLocalContext?.().catch((error: unknown) => {
    console.error('[shell] the local context is unavailable; using the first team', error);
    return undefined;
  });
  return findLocalLocation(graph, context);
}

async function runEntry(
  entry: Entry,
  host: HostInfo,
  graph: GraphSession,
  deps: StartupDependencies,
  update: Update,
): Promise<void> {
  const teams = host.kind === 'teams' ? host.context : undefined;
  if (entry === 'myActions') {
    update({ stage: 'personal', graph, tenantId: teams?.tenantId });
    return;
  }
  const location = await locate(host, graph, deps);
  if (entry === 'config') {
    update({ stage: 'configure', store: await graph.openStore(location), location });
    return;
  }
  const session = await openSession(graph, location, host.kind === 'local', (progress) =>
    update({ stage: 'connecting', progress }),
  );
  update({ stage: 'ready', session: { ...session, teams } });
}

/** Returns the hash's entry part, so that leaving `#/config` for `#/risks` starts the tab. */
function useEntryHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // Only the entry matters here; moving between the tab's own pages must not restart it.
  return readEntry(hash) === 'content' ? '' : hash;
}

/** Runs start-up once per attempt and exposes its state. */
export function useStartup(dependencies: StartupDependencies = defaultDependencies): Startup {
  const [host, setHost] = useState<HostInfo>();
  const [state, setState] = useState<StartupState>({ stage: 'detecting' });
  const [localUser, setLocalUser] = useState<string | undefined>(loadChosenUser);
  const [attempt, setAttempt] = useState(0);
  const deps = useRef(dependencies).current;
  const hash = useEntryHash();
  const entry = readEntry(hash, host?.kind === 'teams' ? host.context.frameContext : undefined);

  useEffect(() => {
    let cancelled = false;
    const update = (next: StartupState) => !cancelled && setState(next);

    async function run() {
      if (!host) {
        // Setting the host runs this effect again with it, and that run does the rest; going on
        // here as well would open and provision the store twice at the same time.
        const found = await deps.detectHost();
        if (!cancelled) setHost(found);
        return;
      }
      if (host.kind === 'none') return update({ stage: 'noHost' });
      if (entry === 'remove') return update({ stage: 'remove' });
      if (host.kind === 'local' && !localUser) {
        const users = await deps.fetchLocalUsers().catch((usersError: unknown) => {
          update({ stage: 'chooseUser', users: [], usersError });
          return undefined;
        });
        if (users) update({ stage: 'chooseUser', users });
        return;
      }

      update({ stage: 'connecting' });
      const made = await createTokens(host, localUser, deps);
      if ('unavailable' in made) return update({ stage: 'noHost', hostName: made.unavailable });
      const { tokens, baseUrl } = made;
      const graph = deps.createGraphSession({
        baseUrl,
        getToken: () => tokens.getToken(),
        customHosts: baseUrl.includes('graph.microsoft.com')
          ? undefined
          : [window.location.hostname],
      });
      try {
        await runEntry(entry, host, graph, deps, update);
      } catch (error) {
        if (!(error instanceof SignInRequiredError) || !tokens.signIn) throw error;
        const signIn = tokens.signIn;
        update({ stage: 'signIn', signIn: () => signIn().then(() => setAttempt((n) => n + 1)) });
      }
    }

    run().catch((error: unknown) => update({ stage: 'failed', error }));
    return () => {
      cancelled = true;
    };
  }, [attempt, localUser, host, deps, entry]);

  const chooseUser = useCallback((userPrincipalName: string) => {
    saveChosenUser(userPrincipalName);
    setLocalUser(userPrincipalName);
  }, []);
  const switchUser = useCallback(() => {
    saveChosenUser(undefined);
    setLocalUser(undefined);
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { host, entry, state, localUser, chooseUser, switchUser, retry };
}
