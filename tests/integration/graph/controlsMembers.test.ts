import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_ID, startStandIn, USER_IDS, type StandIn } from './standIn';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

async function memberIds(): Promise<string[]> {
  const members = await standIn.session().openStore({ groupId: GROUP_ID }).members();
  return members.map((member) => member.id);
}

describe('stand-in membership control', () => {
  it('takes a member out of the team', async () => {
    await standIn.control('DELETE', `/members/${USER_IDS.financeDirector}`);

    expect(await memberIds()).not.toContain(USER_IDS.financeDirector);
    expect(await memberIds()).toContain(USER_IDS.director);
  });

  it('puts the member back', async () => {
    await standIn.control('PUT', `/members/${USER_IDS.financeDirector}`);

    expect(await memberIds()).toContain(USER_IDS.financeDirector);
  });

  it('rejects an unknown user with 404', async () => {
    await expect(standIn.control('DELETE', '/members/no-such-user')).rejects.toThrow(/404/);
  });
});
