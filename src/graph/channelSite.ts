/** Finds a private channel's own site through the channel's files folder. */
import type { GraphApi } from './api';
import { SiteDirectory } from './sites';
import type { TeamLocation } from './store';

interface FilesFolder {
  parentReference?: { siteId?: string };
}

/**
 * A site directory on the channel's site: `GET /teams/{team}/channels/{channel}/filesFolder`
 * returns a driveItem whose `parentReference.siteId` is the site that contains the channel's files.
 * For a private channel that is its own site, which only the channel's members can read.
 */
export class ChannelSiteDirectory extends SiteDirectory {
  private channelSite: Promise<string> | undefined;

  constructor(
    private readonly graphApi: GraphApi,
    private readonly location: TeamLocation & { channelId: string },
  ) {
    super(graphApi, location.groupId);
  }

  /** Returns the id of the channel's site. */
  override site(): Promise<string> {
    this.channelSite ??= this.lookUp().catch((error: unknown) => {
      this.channelSite = undefined;
      throw error;
    });
    return this.channelSite;
  }

  private async lookUp(): Promise<string> {
    const team = encodeURIComponent(this.location.groupId);
    const channel = encodeURIComponent(this.location.channelId);
    const folder = await this.graphApi.get<FilesFolder>(
      `/teams/${team}/channels/${channel}/filesFolder`,
    );
    const siteId = folder.parentReference?.siteId;
    if (!siteId) throw new Error('[graph] the channel files folder has no parentReference.siteId');
    return siteId;
  }
}

/** Returns the directory for the location: the channel's site for a private channel. */
export function directoryFor(api: GraphApi, location: TeamLocation): SiteDirectory {
  if (location.siteSource === 'channel' && location.channelId) {
    return new ChannelSiteDirectory(api, { ...location, channelId: location.channelId });
  }
  return new SiteDirectory(api, location.groupId);
}
