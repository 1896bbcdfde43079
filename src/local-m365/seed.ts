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
}

/** Stored channel document. */
export interface ChannelDoc {
  id: string;
  teamId: string;
  displayName: string;
  description: string;
  membershipType: 'standard';
  createdDateTime: string;
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
    const channels: ChannelDoc[] = [
      channel(GENERAL_CHANNEL_ID, 'Algemeen', 'Algemeen kanaal van het managementteam'),
      channel(RISK_CHANNEL_ID, "ICT-risico's", 'Opvolging van de ICT-risicoanalyse'),
    ];
    for (const item of channels) store.put('channel', item.id, item, GROUP_ID);
  });
}

function channel(id: string, displayName: string, description: string): ChannelDoc {
  return {
    id,
    teamId: GROUP_ID,
    displayName,
    description,
    membershipType: 'standard',
    createdDateTime: SEEDED_AT,
  };
}
