/** Opens the session after sign-in: finds the team and channel, opens and provisions the store. */
import type { ProgressHandler, TeamLocation } from '../../graph/store';
import type { SessionValue } from './StoreContext';
import type { GraphSession } from './graphSession';
import type { TeamsHostContext } from './host';
import type { LocalContext } from './localMode';

/** The reason a session could not open, so the shell shows a message of its own for it. */
export type SessionFailure = 'noTeam' | 'noChannel' | 'noTeamContext';

/** Raised for a failure the user can understand and act on. */
export class SessionOpenError extends Error {
  constructor(readonly reason: SessionFailure) {
    super(`[shell] session could not open: ${reason}`);
    this.name = 'SessionOpenError';
  }
}

/** Returns where a private channel's data lives: on the channel's own site. */
function siteSourceOf(membershipType: string | undefined): TeamLocation['siteSource'] {
  return membershipType?.toLowerCase() === 'private' ? 'channel' : 'team';
}

/**
 * Finds local mode's team and channel. The stand-in gives them the way Teams gives its context,
 * because listing channels needs Channel.ReadBasic.All, which the app does not request. The
 * joined teams confirm that the demo user is a member.
 */
export async function findLocalLocation(
  graph: GraphSession,
  context: LocalContext | undefined,
): Promise<TeamLocation> {
  const teams = await graph.joinedTeams();
  const team = context ? teams.find((t) => t.id === context.groupId) : teams[0];
  if (!team) throw new SessionOpenError('noTeam');
  if (!context) return { groupId: team.id };
  return {
    groupId: team.id,
    channelId: context.channelId,
    siteSource: siteSourceOf(context.channelMembershipType),
  };
}

/** Reads the team location from the Teams context; outside a team there is no place for data. */
export function teamsLocation(context: TeamsHostContext): TeamLocation {
  if (!context.groupId) throw new SessionOpenError('noTeamContext');
  return {
    groupId: context.groupId,
    channelId: context.channelId,
    siteSource: siteSourceOf(context.channelMembershipType),
  };
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
