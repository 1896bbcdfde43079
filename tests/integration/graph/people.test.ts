import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphRequestError } from '../../../src/graph';
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

  it('rejects an outsider on the team site', async () => {
    const outsider = standIn.session(upnOf(USER_IDS.outsider)).openStore({ groupId: GROUP_ID });

    const attempt = outsider.provision();

    await expect(attempt).rejects.toBeInstanceOf(GraphRequestError);
    await expect(attempt).rejects.toMatchObject({ status: 403, kind: 'forbidden' });
  });
});
