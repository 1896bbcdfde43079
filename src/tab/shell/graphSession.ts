/** The Graph layer's session API as the shell uses it, and the loader that finds its implementation. */
import type { Person } from '../../domain/model';
import type { RisicoradarStore, TeamLocation } from '../../graph/store';

/** A team the signed-in user is a member of. */
export interface TeamSummary {
  id: string;
  displayName?: string;
}

/** A channel of a team. */
export interface ChannelSummary {
  id: string;
  displayName?: string;
  membershipType?: string;
}

/** Options for `createGraphSession`. */
export interface GraphSessionOptions {
  /** Graph's base URL, ending in '/'. */
  baseUrl: string;
  getToken: () => Promise<string>;
  /** Hosts besides graph.microsoft.com that may receive the token. */
  customHosts?: string[];
}

/** What a Graph session offers before a team is chosen. */
export interface GraphSession {
  me(): Promise<Person>;
  joinedTeams(): Promise<TeamSummary[]>;
  channels(groupId: string): Promise<ChannelSummary[]>;
  openStore(location: TeamLocation): RisicoradarStore | Promise<RisicoradarStore>;
}

/** A function that creates a Graph session. */
export type GraphSessionFactory = (options: GraphSessionOptions) => GraphSession;

// A glob instead of a static import keeps the tab buildable while the Graph layer's entry is absent.
const graphModules = import.meta.glob<{ createGraphSession?: GraphSessionFactory }>(
  '../../graph/index.ts',
);

/** Loads `createGraphSession` from the Graph layer; rejects with a clear message when it is absent. */
export async function loadGraphSessionFactory(): Promise<GraphSessionFactory> {
  const load = Object.values(graphModules)[0];
  const module = load ? await load() : undefined;
  if (!module?.createGraphSession) {
    throw new Error('[shell] the Graph layer does not export createGraphSession');
  }
  return module.createGraphSession;
}
