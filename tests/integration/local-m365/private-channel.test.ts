import { describe, expect, it } from 'vitest';
import {
  GROUP_ID,
  PRIVATE_CHANNEL_ID,
  PRIVATE_CHANNEL_SITE_ID,
  RISK_CHANNEL_ID,
  SITE_ID,
} from '../../../src/local-m365/seed';
import { freshStandIn } from './helpers';

const DIRECTOR = 'griet.vermeulen@zonnedorp.example';
const GUEST = 'pieter.desmet_ictpartner.example#EXT#@zonnedorp.example';
const FINANCE = 'els.janssens@zonnedorp.example';
const PRIVATE_SITE = `/sites/${PRIVATE_CHANNEL_SITE_ID}`;

async function createListAsDirector() {
  const standIn = freshStandIn();
  const director = await standIn.token(DIRECTOR);
  const created = await standIn.call(director, 'POST', `${PRIVATE_SITE}/lists`, {
    displayName: 'Risicoradar Risico’s',
    list: { template: 'genericList' },
  });
  expect(created.status).toBe(201);
  return { ...standIn, director };
}

describe('private channel', () => {
  it('files folder names the channel site', async () => {
    const { call, token } = freshStandIn();
    const director = await token(DIRECTOR);

    const response = await call(
      director,
      'GET',
      `/teams/${GROUP_ID}/channels/${encodeURIComponent(PRIVATE_CHANNEL_ID)}/filesFolder`,
    );

    expect(response.status).toBe(200);
    const folder = (await response.json()) as { parentReference: { siteId: string } };
    expect(folder.parentReference.siteId).toBe(PRIVATE_CHANNEL_SITE_ID);
  });

  it('files folder of a standard channel is on the team site', async () => {
    const { call, token } = freshStandIn();
    const director = await token(DIRECTOR);

    const response = await call(
      director,
      'GET',
      `/teams/${GROUP_ID}/channels/${encodeURIComponent(RISK_CHANNEL_ID)}/filesFolder`,
    );

    const folder = (await response.json()) as { parentReference: { siteId: string } };
    expect(folder.parentReference.siteId).toBe(SITE_ID);
  });

  it('guest cannot read the channel lists', async () => {
    const { call, token } = await createListAsDirector();
    const guest = await token(GUEST);

    const response = await call(guest, 'GET', `${PRIVATE_SITE}/lists`);

    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('accessDenied');
  });

  it('team member outside the channel gets 403', async () => {
    const { call, token } = await createListAsDirector();
    const finance = await token(FINANCE);

    const response = await call(finance, 'GET', `${PRIVATE_SITE}/lists`);

    expect(response.status).toBe(403);
  });

  it('channel member reads the channel lists', async () => {
    const { call, director } = await createListAsDirector();

    const response = await call(director, 'GET', `${PRIVATE_SITE}/lists?$select=displayName`);

    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { displayName: string }[] };
    expect(body.value.map((list) => list.displayName)).toEqual(['Risicoradar Risico’s']);
  });

  it('guest gets 403 on the files folder', async () => {
    const { call, token } = freshStandIn();
    const guest = await token(GUEST);

    const response = await call(
      guest,
      'GET',
      `/teams/${GROUP_ID}/channels/${encodeURIComponent(PRIVATE_CHANNEL_ID)}/filesFolder`,
    );

    expect(response.status).toBe(403);
  });
});

describe('local context and runtime config', () => {
  it('context names the risk channel', async () => {
    const { app } = freshStandIn();

    const response = await app.request('/_local/context');

    expect(await response.json()).toEqual({
      groupId: GROUP_ID,
      channelId: RISK_CHANNEL_ID,
      channelMembershipType: 'Regular',
    });
  });

  it('context picks the private channel', async () => {
    const { app } = freshStandIn();

    const response = await app.request(
      `/_local/context?channelId=${encodeURIComponent(PRIVATE_CHANNEL_ID)}`,
    );

    const body = (await response.json()) as { channelMembershipType: string };
    expect(body.channelMembershipType).toBe('Private');
  });

  it('runtime config says local tenant', async () => {
    const { app } = freshStandIn();

    const response = await app.request('/risicoradar.config.json');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ tenant: 'local' });
  });
});
