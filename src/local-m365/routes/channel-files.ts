/** A channel's files folder: the driveItem whose `parentReference.siteId` names the channel's site. */
import type { Hono } from 'hono';
import { SCOPES, requireScope } from '../auth';
import type { AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import type { SiteDoc } from '../seed';
import { teamAndChannel } from './teams';

/** Registers `GET /teams/{team-id}/channels/{channel-id}/filesFolder`. */
export function registerChannelFilesRoute(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.get('/teams/:teamId/channels/:channelId/filesFolder', (c) => {
    requireScope(c, SCOPES.channelFilesFolder);
    const { channel } = teamAndChannel(c, state);
    const site = state.store.get<SiteDoc>('site', channel.siteId);
    if (!site) throw fail.notFound(`The files folder of channel '${channel.id}' was not found.`);
    // A private channel's files sit in the root of its own site's library; a standard channel has
    // a folder named after it in the team site's library.
    const isPrivate = channel.membershipType === 'private';
    const name = isPrivate ? 'Shared Documents' : channel.displayName;
    const driveId = `b!${Buffer.from(site.id).toString('base64url').slice(0, 40)}`;
    return c.json({
      id: `01${Buffer.from(`${site.id}/${name}`).toString('hex').slice(0, 32).toUpperCase()}`,
      createdDateTime: channel.createdDateTime,
      lastModifiedDateTime: channel.createdDateTime,
      name,
      webUrl: isPrivate
        ? `${site.webUrl}/Shared%20Documents`
        : `${site.webUrl}/Shared%20Documents/${encodeURIComponent(channel.displayName)}`,
      size: 0,
      parentReference: { driveId, driveType: 'documentLibrary', siteId: site.id },
      fileSystemInfo: {
        createdDateTime: channel.createdDateTime,
        lastModifiedDateTime: channel.createdDateTime,
      },
      folder: { childCount: 0 },
    });
  });
}
