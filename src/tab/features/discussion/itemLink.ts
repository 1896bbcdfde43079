/** Builds the link to one risk or action for the current host: Teams' deep link, or the local tab's. */
import {
  buildLocalLink,
  buildTeamsDeepLink,
  type DeepLinkTarget,
} from '../../navigation/deepLinks';
import type { SessionValue } from '../../shell/StoreContext';
import { TAB_ENTITY_ID } from '../config/tabConfig';

/**
 * Returns the Teams deep link when the app id is known (from the build's VITE_TEAMS_APP_ID or the
 * Teams context), and otherwise the local tab's link, as in local mode.
 */
export function itemLink(
  session: Pick<SessionValue, 'teams'>,
  target: DeepLinkTarget,
  label: string,
  origin: string = window.location.origin,
): string {
  const teams = session.teams;
  const appId = (import.meta.env.VITE_TEAMS_APP_ID as string | undefined) || teams?.appId;
  const localLink = buildLocalLink(origin, target);
  if (!teams || !appId) return localLink;
  return buildTeamsDeepLink({
    appId,
    entityId: teams.entityId ?? TAB_ENTITY_ID,
    target,
    webUrl: localLink,
    label,
    channelId: teams.channelId,
  });
}
