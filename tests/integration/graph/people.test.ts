import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphRequestError } from '../../../src/graph';
import {
  APP_SCOPES,
  GENERAL_CHANNEL_ID,
  PRIVATE_CHANNEL_ID,
  RISK_CHANNEL_ID,
} from '../../../src/local-m365';
import { DEMO_USERS, GROUP_ID, startStandIn, upnOf, USER_IDS, type StandIn } from './standIn';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

describe('people and access', () => {
  it('reads the signed-in user', async () => {
    const me = await standIn.session(upnOf(USER_IDS.dpo)).me();

    expect(me.id).toBe(USER_IDS.dpo);
    expect(me.userPrincipalName).toBe(upnOf(USER_IDS.dpo));
    expect(me.displayName).toBe('Sofie Claes');
  });

  it('reads the team members as people', async () => {
    const members = await standIn.session().openStore({ groupId: GROUP_ID }).members();

    const expected = DEMO_USERS.filter((user) => user.inTeam).map((user) => user.id);
    expect(members.map((member) => member.id).sort()).toEqual([...expected].sort());
    expect(members.every((member) => member.userPrincipalName && member.displayName)).toBe(true);
  });

  it('lists the teams the user joined', async () => {
    const teams = await standIn.session().joinedTeams();

    expect(teams).toEqual([{ id: GROUP_ID, displayName: 'Managementteam Zonnedorp' }]);
  });

  it('lists no team for an outsider', async () => {
    expect(await standIn.session(upnOf(USER_IDS.outsider)).joinedTeams()).toEqual([]);
  });

  it('lists the channels the director can see', async () => {
    const scopes = [...APP_SCOPES, 'Channel.ReadBasic.All'];
    const channels = await standIn.session(undefined, {}, scopes).channels(GROUP_ID);

    expect(channels.map((channel) => channel.id).sort()).toEqual(
      [GENERAL_CHANNEL_ID, RISK_CHANNEL_ID, PRIVATE_CHANNEL_ID].sort(),
    );
    expect(channels.find((channel) => channel.id === RISK_CHANNEL_ID)?.displayName).toBe(
      "ICT-risico's",
    );
  });

  it('rejects a channel list outside the granted scopes', async () => {
    const attempt = standIn.session().channels(GROUP_ID);
    await expect(attempt).rejects.toMatchObject({ status: 403, kind: 'forbidden' });
  });

  it('rejects an outsider on the team site', async () => {
    const outsider = standIn.session(upnOf(USER_IDS.outsider)).openStore({ groupId: GROUP_ID });

    const attempt = outsider.provision();

    await expect(attempt).rejects.toBeInstanceOf(GraphRequestError);
    await expect(attempt).rejects.toMatchObject({ status: 403, kind: 'forbidden' });
  });
});
