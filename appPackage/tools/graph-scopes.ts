/**
 * The delegated Microsoft Graph scopes the tab requests, in the order it requests them. Teams
 * prefetches a nested app authentication token only when the manifest's `nestedAppAuthInfo`
 * scopes equal the runtime request exactly, order included, so the tab must use this order.
 */
export const GRAPH_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Team.ReadBasic.All',
  'GroupMember.Read.All',
  'Sites.Manage.All',
  'Tasks.ReadWrite',
  'ChannelMessage.Send',
] as const;
