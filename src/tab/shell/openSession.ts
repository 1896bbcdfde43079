/** Opens the session after sign-in: finds the team and channel, opens and provisions the store. */
import type { ProgressHandler, TeamLocation } from '../../graph/store';
import type { SessionValue } from './StoreContext';
import type { GraphSession } from './graphSession';

/** The reason a session could not open, so the shell shows a message of its own for it. */
export type SessionFailure = 'noTeam' | 'noChannel' | 'noTeamContext';

/** Raised for a failure the user can understand and act on. */
export class SessionOpenError extends Error {
  constructor(readonly reason: SessionFailure) {
    super(`[shell] session could not open: ${reason}`);
    this.name = 'SessionOpenError';
  }
}

/** Finds the first team and its first channel; in local mode that is the demo team. */
export async function findLocalLocation(graph: GraphSession): Promise<TeamLocation> {
  const teams = await graph.joinedTeams();
  const team = teams[0];
  if (!team) throw new SessionOpenError('noTeam');
  const channelId = await findChannelId(graph, team.id);
  return { groupId: team.id, channelId };
}

// Listing channels needs Channel.ReadBasic.All, which the app does not request because Teams gives
// the channel in its context. Without it the tab still works; only channel threads need the id.
// NOTE: local mode then has no channel id; the stand-in could give the demo channel like a context.
async function findChannelId(graph: GraphSession, groupId: string): Promise<string | undefined> {
  try {
    const channels = await graph.channels(groupId);
    const channel = channels.find((c) => c.membershipType !== 'private') ?? channels[0];
    if (!channel) throw new SessionOpenError('noChannel');
    return channel.id;
  } catch (error) {
    if ((error as { status?: unknown }).status !== 403) throw error;
    console.error(
      '[shell] listing the channels was forbidden; continuing without a channel',
      error,
    );
    return undefined;
  }
}

/** Opens the store for the location, provisions its lists and reads the user and the members. */
export async function openSession(
  graph: GraphSession,
  location: TeamLocation,
  localMode: boolean,
  onProgress: ProgressHandler,
): Promise<SessionValue> {
  const store = await graph.openStore(location);
  await store.provision(onProgress);
  const [me, members] = await Promise.all([store.me(), store.members()]);
  return { store, me, members, localMode };
}
