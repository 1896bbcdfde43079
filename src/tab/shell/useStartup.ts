/** The shell's start-up state machine: detect the host, sign in, open and provision the store. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress } from '../../graph/store';
import type { SessionValue } from './StoreContext';
import {
  defaultGraphSessionFactory,
  TEAMS_GRAPH_BASE_URL,
  type GraphSessionFactory,
} from './graphSession';
import { detectHost, type HostInfo } from './host';
import {
  createLocalTokenSource,
  fetchLocalUsers,
  loadChosenUser,
  saveChosenUser,
  type LocalUser,
} from './localMode';
import { findLocalLocation, openSession, SessionOpenError } from './openSession';
import { createTeamsTokenSource } from './tokenSource';

/** The stage of start-up, with the data of that stage. */
export type StartupState =
  | { stage: 'detecting' }
  | { stage: 'chooseUser'; users: LocalUser[]; usersError?: unknown }
  | { stage: 'connecting'; progress?: Progress }
  | { stage: 'ready'; session: SessionValue }
  | { stage: 'failed'; error: unknown };

/** Replaceable collaborators, so tests can start the shell without a host or a server. */
export interface StartupDependencies {
  detectHost: () => Promise<HostInfo>;
  createGraphSession: GraphSessionFactory;
  fetchLocalUsers: () => Promise<LocalUser[]>;
}

const defaultDependencies: StartupDependencies = {
  detectHost,
  createGraphSession: defaultGraphSessionFactory,
  fetchLocalUsers,
};

/** The start-up state plus what the user can do: pick a demo user, switch user, retry. */
export interface Startup {
  host?: HostInfo;
  state: StartupState;
  localUser?: string;
  chooseUser(userPrincipalName: string): void;
  switchUser(): void;
  retry(): void;
}

/** Runs start-up once per attempt and exposes its state. */
export function useStartup(dependencies: StartupDependencies = defaultDependencies): Startup {
  const [host, setHost] = useState<HostInfo>();
  const [state, setState] = useState<StartupState>({ stage: 'detecting' });
  const [localUser, setLocalUser] = useState<string | undefined>(loadChosenUser);
  const [attempt, setAttempt] = useState(0);
  const deps = useRef(dependencies).current;

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
      const found = host;

      if (found.kind === 'local' && !localUser) {
        const users = await deps.fetchLocalUsers().catch((usersError: unknown) => {
          update({ stage: 'chooseUser', users: [], usersError });
          return undefined;
        });
        if (users) update({ stage: 'chooseUser', users });
        return;
      }

      update({ stage: 'connecting' });
      const local = found.kind === 'local';
      const tokens = local ? createLocalTokenSource(localUser ?? '') : createTeamsTokenSource();
      const graph = deps.createGraphSession({
        baseUrl: local ? `${window.location.origin}/` : TEAMS_GRAPH_BASE_URL,
        getToken: () => tokens.getToken(),
        customHosts: local ? [window.location.hostname] : undefined,
      });
      const location = local ? await findLocalLocation(graph) : teamsLocation(found);
      const session = await openSession(graph, location, local, (progress) =>
        update({ stage: 'connecting', progress }),
      );
      update({ stage: 'ready', session });
    }

    run().catch((error: unknown) => update({ stage: 'failed', error }));
    return () => {
      cancelled = true;
    };
  }, [attempt, localUser, host, deps]);

  const chooseUser = useCallback((userPrincipalName: string) => {
    saveChosenUser(userPrincipalName);
    setLocalUser(userPrincipalName);
  }, []);
  const switchUser = useCallback(() => {
    saveChosenUser(undefined);
    setLocalUser(undefined);
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { host, state, localUser, chooseUser, switchUser, retry };
}

function teamsLocation(host: HostInfo) {
  if (host.kind !== 'teams' || !host.context.groupId) throw new SessionOpenError('noTeamContext');
  return { groupId: host.context.groupId, channelId: host.context.channelId };
}
