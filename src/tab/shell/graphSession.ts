/** The part of the Graph layer's session API the shell uses, so tests can pass a fake session. */
import type { Person } from '../../domain/model';
import { createGraphSession, GRAPH_BASE_URL } from '../../graph';
import type { JoinedTeam, MyTask, TeamChannel } from '../../graph';
import type { RisicoradarStore, TeamLocation } from '../../graph/store';

/** The operations of a Graph session before a team is chosen. */
export interface GraphSession {
  me(): Promise<Person>;
  joinedTeams(): Promise<JoinedTeam[]>;
  channels(groupId: string): Promise<TeamChannel[]>;
  openStore(location: TeamLocation): RisicoradarStore | Promise<RisicoradarStore>;
  /** The signed-in user's Planner tasks in the given plans; optional for test sessions. */
  myTasks?(planIds: readonly string[]): Promise<MyTask[]>;
}

/** Options of a session factory: Graph's base URL, the token source, extra token hosts. */
export interface GraphSessionOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  customHosts?: string[];
}

/** A function that creates a Graph session. */
export type GraphSessionFactory = (options: GraphSessionOptions) => GraphSession;

/** Microsoft Graph's base URL, used inside Teams. */
export const TEAMS_GRAPH_BASE_URL = GRAPH_BASE_URL;

/** The Graph layer's session factory. */
export const defaultGraphSessionFactory: GraphSessionFactory = createGraphSession;
