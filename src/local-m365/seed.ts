/** The demo organisation: ids are fixed so tests and the tab's local mode can name them. */
import type { DocStore } from './db';

/** The demo tenant's id. */
export const TENANT_ID = '5d1e3f4a-7b2c-4c8d-9e0f-1a2b3c4d5e6f';
/** The demo tenant's user domain. */
export const DEMO_DOMAIN = 'zonnedorp.example';
/** The SharePoint host of the demo tenant, the first part of a site id. */
export const SHAREPOINT_HOST = 'zonnedorp.sharepoint.example';

/** The Microsoft 365 group behind the team "Managementteam Zonnedorp". */
export const GROUP_ID = '0b7c8d9e-1f20-4a31-8b42-c5d6e7f80912';
/** The team's site id in Graph's "host,siteCollectionGuid,webGuid" form. */
export const SITE_ID = `${SHAREPOINT_HOST},6a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f,7b2c3d4e-5f60-4718-9920-3b4c5d6e7f80`;
/** The team's standard channel "Algemeen". */
export const GENERAL_CHANNEL_ID = '19:0b7c8d9e1f204a318b42c5d6e7f80912@thread.tacv2';
/** The team's channel "ICT-risico's". */
export const RISK_CHANNEL_ID = '19:4f3e2d1c0b9a48778665a4b3c2d1e0f9@thread.tacv2';
/** The team's private channel "MT vertrouwelijk", for the management team without the guest. */
export const PRIVATE_CHANNEL_ID = '19:8c7b6a5d4e3f42019a8b7c6d5e4f3a2b@thread.tacv2';
/** The private channel's own site, which SharePoint makes for every private channel. */
export const PRIVATE_CHANNEL_SITE_ID = `${SHAREPOINT_HOST},8d9e0f1a-2b3c-4d4e-8f50-617283940a1b,9e0f1a2b-3c4d-4e5f-9061-728394a50b1c`;

/** A demo user as the seed stores it. */
export interface DemoUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  mail: string;
  userType: 'Member' | 'Guest';
  /** Whether the user is a member of the team's group. */
  inTeam: boolean;
}

function member(id: string, given: string, surname: string, jobTitle: string): DemoUser {
  const local = `${given}.${surname.replace(/\s+/g, '')}`.toLowerCase();
  return {
    id,
    userPrincipalName: `${local}@${DEMO_DOMAIN}`,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    jobTitle,
    mail: `${local}@${DEMO_DOMAIN}`,
    userType: 'Member',
    inTeam: true,
  };
}

/** Ids of the demo users, by role. */
export const USER_IDS = {
  director: '1a0e5b7c-3d2f-4e61-9a8b-7c6d5e4f3a21',
  ictOfficer: '2b1f6c8d-4e30-4f72-8b9c-8d7e6f5a4b32',
  dpo: '3c2a7d9e-5f41-4a83-9cad-9e8f7a6b5c43',
  internalControl: '4d3b8eaf-6a52-4b94-8dbe-af9a8b7c6d54',
  financeDirector: '5e4c9fb0-7b63-4ca5-9ecf-b0ab9c8d7e65',
  partnerGuest: '6f5da0c1-8c74-4db6-8fd0-c1bcad9e8f76',
  outsider: '7a6eb1d2-9d85-4ec7-90e1-d2cdbeaf9087',
} as const;

/** The demo users: five team members, one guest of an IT partner in the team, one outsider. */
export const DEMO_USERS: readonly DemoUser[] = [
  member(USER_IDS.director, 'Griet', 'Vermeulen', 'Algemeen directeur'),
  member(USER_IDS.ictOfficer, 'Koen', 'Maes', 'ICT-verantwoordelijke'),
  member(USER_IDS.dpo, 'Sofie', 'Claes', 'Functionaris voor gegevensbescherming (DPO)'),
  member(USER_IDS.internalControl, 'Jonas', 'Wouters', 'Medewerker organisatiebeheersing'),
  member(USER_IDS.financeDirector, 'Els', 'Janssens', 'Financieel directeur'),
  {
    id: USER_IDS.partnerGuest,
    userPrincipalName: `pieter.desmet_ictpartner.example#EXT#@${DEMO_DOMAIN}`,
    displayName: 'Pieter De Smet (ICT-partner)',
    givenName: 'Pieter',
    surname: 'De Smet',
    jobTitle: 'Consultant externe ICT-partner',
    mail: 'pieter.desmet@ictpartner.example',
    userType: 'Guest',
    inTeam: true,
  },
  { ...member(USER_IDS.outsider, 'Lotte', 'Goossens', 'Medewerker burgerzaken'), inTeam: false },
];

/** Stored group document. */
export interface GroupDoc {
  id: string;
  displayName: string;
  description: string;
  memberIds: string[];
  siteId: string;
  createdDateTime: string;
}

/** Stored site document. */
export interface SiteDoc {
  id: string;
  groupId: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Set on a private channel's site: only that channel's members may read it. */
  channelId?: string;
}

/** Stored channel document. */
export interface ChannelDoc {
  id: string;
  teamId: string;
  displayName: string;
  description: string;
  membershipType: 'standard' | 'private';
  createdDateTime: string;
  /** The members of a private channel; a standard channel has the team's members. */
  memberIds?: string[];
  /** The site that holds the channel's files: the team's site, or a private channel's own. */
  siteId: string;
}

const SEEDED_AT = '2026-01-05T08:30:00Z';

/** Deletes all data except issued tokens and stores the demo organisation. */
export function seedDemo(store: DocStore): void {
  store.transaction(() => {
    // Tokens survive a reset so that a signed-in tab keeps working.
    store.clear(['token']);
    for (const user of DEMO_USERS) store.put('user', user.id, user);
    const group: GroupDoc = {
      id: GROUP_ID,
      displayName: 'Managementteam Zonnedorp',
      description: 'Managementteam van Gemeente en OCMW Zonnedorp',
      memberIds: DEMO_USERS.filter((user) => user.inTeam).map((user) => user.id),
      siteId: SITE_ID,
      createdDateTime: SEEDED_AT,
    };
    store.put('group', GROUP_ID, group);
    const site: SiteDoc = {
      id: SITE_ID,
      groupId: GROUP_ID,
      name: 'ManagementteamZonnedorp',
      displayName: 'Managementteam Zonnedorp',
      webUrl: `https://${SHAREPOINT_HOST}/sites/ManagementteamZonnedorp`,
      createdDateTime: SEEDED_AT,
      lastModifiedDateTime: SEEDED_AT,
    };
    store.put('site', SITE_ID, site);
    store.put('site', PRIVATE_CHANNEL_SITE_ID, privateChannelSite());
    const channels: ChannelDoc[] = [
      channel(GENERAL_CHANNEL_ID, 'Algemeen', 'Algemeen kanaal van het managementteam'),
      channel(RISK_CHANNEL_ID, "ICT-risico's", 'Opvolging van de ICT-risicoanalyse'),
      privateChannel(),
    ];
    for (const item of channels) store.put('channel', item.id, item, GROUP_ID);
  });
}

/** The demo users in the private channel: the management team, without the guest and the finance director. */
export const PRIVATE_CHANNEL_MEMBER_IDS: readonly string[] = [
  USER_IDS.director,
  USER_IDS.ictOfficer,
  USER_IDS.dpo,
  USER_IDS.internalControl,
];

function privateChannel(): ChannelDoc {
  return {
    ...channel(PRIVATE_CHANNEL_ID, 'MT vertrouwelijk', 'Vertrouwelijke opvolging door het MT'),
    membershipType: 'private',
    memberIds: [...PRIVATE_CHANNEL_MEMBER_IDS],
    siteId: PRIVATE_CHANNEL_SITE_ID,
  };
}

function privateChannelSite(): SiteDoc {
  return {
    id: PRIVATE_CHANNEL_SITE_ID,
    groupId: GROUP_ID,
    channelId: PRIVATE_CHANNEL_ID,
    name: 'ManagementteamZonnedorp-MTvertrouwelijk',
    displayName: 'Managementteam Zonnedorp - MT vertrouwelijk',
    webUrl: `https://${SHAREPOINT_HOST}/sites/ManagementteamZonnedorp-MTvertrouwelijk`,
    createdDateTime: SEEDED_AT,
    lastModifiedDateTime: SEEDED_AT,
  };
}

function channel(id: string, displayName: string, description: string): ChannelDoc {
  return {
    id,
    teamId: GROUP_ID,
    displayName,
    description,
    membershipType: 'standard',
    createdDateTime: SEEDED_AT,
    siteId: SITE_ID,
  };
}
