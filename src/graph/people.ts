/** The signed-in user, the team's members, and the teams and channels for local-mode discovery. */
import type { Person } from '../domain/model';
import type { GraphApi } from './api';

/** A team the user is a member of. */
export interface JoinedTeam {
  id: string;
  displayName: string;
}

/** A channel of a team. */
export interface TeamChannel {
  id: string;
  displayName: string;
  membershipType?: string;
}

interface DirectoryUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  '@odata.type'?: string;
}

function toPerson(user: DirectoryUser): Person {
  return {
    id: user.id,
    displayName: user.displayName ?? '',
    userPrincipalName: user.userPrincipalName ?? '',
  };
}

/** Reads the signed-in user (`GET /me`). */
export async function readMe(api: GraphApi): Promise<Person> {
  return toPerson(await api.get<DirectoryUser>('/me?$select=id,displayName,userPrincipalName'));
}

/** Reads the group's members that are users, all pages. */
export async function readMembers(api: GraphApi, groupId: string): Promise<Person[]> {
  const members = await api.pages<DirectoryUser>(
    `/groups/${groupId}/members?$select=id,displayName,userPrincipalName`,
  );
  // Groups can hold devices and other groups as members; only users can own a task.
  return members
    .filter((member) => !member['@odata.type'] || member['@odata.type'] === '#microsoft.graph.user')
    .map(toPerson);
}

/** Reads the teams the signed-in user has joined. */
export async function readJoinedTeams(api: GraphApi): Promise<JoinedTeam[]> {
  const teams = await api.pages<JoinedTeam>('/me/joinedTeams?$select=id,displayName');
  return teams.map((team) => ({ id: team.id, displayName: team.displayName }));
}

/** Reads the channels of a team. */
export async function readChannels(api: GraphApi, groupId: string): Promise<TeamChannel[]> {
  const channels = await api.pages<TeamChannel>(
    `/teams/${groupId}/channels?$select=id,displayName,membershipType`,
  );
  return channels.map((channel) => ({
    id: channel.id,
    displayName: channel.displayName,
    membershipType: channel.membershipType,
  }));
}
