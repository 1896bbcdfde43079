/** Teams-specific Graph calls of one team: who can read the data, and posts to the channel. */
import type { GraphApi } from './api';
import type { ChannelMessageBody } from './channelMessage';
import type { TeamLocation } from './store';

/** The readers of the app's lists, as the configuration page shows them. */
export interface DataReaders {
  /** 'team' when the lists are on the team's site; 'channel' on a private channel's own site. */
  scope: 'team' | 'channel';
  /** Members of the team's group that are members of the tenant. */
  members: number;
  /** Members of the team's group with userType Guest. */
  guests: number;
}

/** A posted channel message: its id and the web URL that opens its thread. */
export interface PostedMessage {
  id: string;
  webUrl: string;
}

/** The Teams operations of one team's store. */
export interface TeamsStore {
  readers(): Promise<DataReaders>;
  /** Posts a message to the location's channel; rejects without a channel. */
  postMessage(message: ChannelMessageBody): Promise<PostedMessage>;
}

interface GroupMember {
  '@odata.type'?: string;
  userType?: string | null;
}

/** Counts the group's members and guests (`GET /groups/{id}/members`, userType). */
export async function readGroupReaders(
  api: GraphApi,
  groupId: string,
): Promise<{ members: number; guests: number }> {
  const people = await api.pages<GroupMember>(
    `/groups/${encodeURIComponent(groupId)}/members?$select=id,userType`,
  );
  const users = people.filter(
    (person) => !person['@odata.type'] || person['@odata.type'] === '#microsoft.graph.user',
  );
  const guests = users.filter((person) => person.userType === 'Guest').length;
  return { members: users.length - guests, guests };
}

/** Opens the Teams operations for a location. */
export function openTeamsStore(api: GraphApi, location: TeamLocation): TeamsStore {
  return {
    async readers() {
      const counts = await readGroupReaders(api, location.groupId);
      return { scope: location.siteSource === 'channel' ? 'channel' : 'team', ...counts };
    },
    async postMessage(message) {
      if (!location.channelId)
        throw new Error(
          '[graph] posting failed: the location has no channel id; open the tab in a channel',
        );
      const team = encodeURIComponent(location.groupId);
      const channel = encodeURIComponent(location.channelId);
      return api.post<PostedMessage>(`/teams/${team}/channels/${channel}/messages`, message);
    },
  };
}
