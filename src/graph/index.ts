/** Entry to the Graph layer: a session per signed-in user, and a store per team. */
import type { Person } from '../domain/model';
import { GraphApi } from './api';
import { createGraphClient, type GraphClientOptions } from './client';
import {
  readChannels,
  readJoinedTeams,
  readMe,
  readMembers,
  type JoinedTeam,
  type TeamChannel,
} from './people';
import { GraphPlannerSync } from './planner';
import { provisionLists } from './provisioning';
import { actionMapper } from './repositories/actions';
import { openGovernanceStore } from './repositories/governanceStore';
import { AnswerListRepository, answerMapper } from './repositories/answers';
import { controlMapper } from './repositories/controls';
import { ListRepository } from './repositories/listRepository';
import { RiskListRepository } from './repositories/risks';
import { roundMapper } from './repositories/rounds';
import { SettingsRepository, settingsMapper } from './repositories/settings';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
import { directoryFor } from './channelSite';
import type { RisicoradarStore, TeamLocation } from './store';
import { openTeamsStore } from './teams';
import { readMyTasks, type MyTask } from './teamsTasks';

export { GRAPH_BASE_URL } from './client';
export { GraphRequestError } from './errors';
export { GraphValidationError } from './validation';
export type { ValidationMessage, ValidationReason } from './validation';
export type { GraphErrorKind } from './errors';
export type { JoinedTeam, TeamChannel } from './people';
export type { MyTask } from './teamsTasks';

/** Options of {@link createGraphSession}. */
export interface GraphSessionOptions extends GraphClientOptions {
  /** Retry timing for requests inside `$batch`; tests pass a clock and sleep of their own. */
  retryPolicy?: RetryPolicy;
}

/** One signed-in user's access to Graph. */
export interface GraphSession {
  me(): Promise<Person>;
  joinedTeams(): Promise<JoinedTeam[]>;
  channels(groupId: string): Promise<TeamChannel[]>;
  /** Returns the store of one team; lists are found on first use, or created by `provision`. */
  openStore(location: TeamLocation): RisicoradarStore;
  /** Reads the signed-in user's Planner tasks in the given plans. */
  myTasks(planIds: readonly string[]): Promise<MyTask[]>;
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}

function openStore(
  api: GraphApi,
  location: TeamLocation,
  requestCount: () => number,
): RisicoradarStore {
  const directory = directoryFor(api, location);
  const settings = new SettingsRepository(new ListRepository(api, directory, settingsMapper));
  const actions = new ListRepository(api, directory, actionMapper);
  const members = () => readMembers(api, location.groupId);
  return {
    location,
    provision: (onProgress) => provisionLists(api, directory, onProgress),
    me: () => readMe(api),
    members,
    rounds: new ListRepository(api, directory, roundMapper),
    answers: new AnswerListRepository(api, directory, answerMapper),
    risks: new RiskListRepository(api, directory),
    actions,
    controls: new ListRepository(api, directory, controlMapper),
    settings,
    planner: new GraphPlannerSync({
      api,
      groupId: location.groupId,
      settings,
      actionsPath: () => directory.listPath('actions'),
      members,
      requestCount,
    }),
    governance: openGovernanceStore(api, directory),
    teams: openTeamsStore(api, location),
  };
}

/** Creates a session: the same code for Microsoft Graph and the local stand-in. */
export function createGraphSession(options: GraphSessionOptions): GraphSession {
  const { client, requestCount } = createGraphClient(options);
  const api = new GraphApi(client, options.retryPolicy ?? DEFAULT_RETRY_POLICY);
  return {
    me: () => readMe(api),
    joinedTeams: () => readJoinedTeams(api),
    channels: (groupId) => readChannels(api, groupId),
    openStore: (location) => openStore(api, location, requestCount),
    myTasks: (planIds) => readMyTasks(api, planIds),
    requestCount,
  };
}
