import { describe, expect, it } from 'vitest';
import { GROUP_ID, RISK_CHANNEL_ID, USER_IDS } from '../../../src/local-m365/seed';
import { SITE, freshStandIn } from './helpers';

const SITE_ROOT = `/groups/${GROUP_ID}/sites/root`;

describe('bearer tokens', () => {
  it('rejects a call without a token with 401', async () => {
    const { app } = freshStandIn();
    const response = await app.request(`/v1.0${SITE_ROOT}`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      error: { code: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
  });

  it('rejects an unknown token with 401', async () => {
    const { call } = freshStandIn();
    expect((await call('made-up', 'GET', SITE_ROOT)).status).toBe(401);
  });

  it('rejects a token for an unknown user with 400', async () => {
    const { app } = freshStandIn();
    const response = await app.request('/_local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'nobody@zonnedorp.example' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'nobody@zonnedorp.example',
    );
  });

  it('expires a token after an hour', async () => {
    let now = new Date('2026-12-04T09:00:00Z');
    const { createLocalM365App } = await import('../../../src/local-m365/index');
    const { app } = createLocalM365App({ dbPath: ':memory:', now: () => now, logErrors: false });
    const issued = await app.request('/_local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'koen.maes@zonnedorp.example' }),
    });
    const { access_token } = (await issued.json()) as { access_token: string };
    now = new Date('2026-12-04T10:00:01Z');
    const response = await app.request('/v1.0/me', {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(response.status).toBe(401);
  });
});

describe('team membership', () => {
  it('lets the guest of the IT partner read the team site', async () => {
    const { call, token } = freshStandIn();
    const guest = await token('pieter.desmet_ictpartner.example#EXT#@zonnedorp.example');
    expect((await call(guest, 'GET', SITE_ROOT)).status).toBe(200);
  });

  it('denies the site to a user outside the team', async () => {
    const { call, token } = freshStandIn();
    const outsider = await token('lotte.goossens@zonnedorp.example');
    const response = await call(outsider, 'GET', `${SITE}/lists`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'accessDenied',
    );
  });

  it('denies channel messages to a user outside the team', async () => {
    const { call, token } = freshStandIn();
    const outsider = await token('lotte.goossens@zonnedorp.example');
    const response = await call(
      outsider,
      'POST',
      `/teams/${GROUP_ID}/channels/${RISK_CHANNEL_ID}/messages`,
      {
        body: { contentType: 'html', content: 'Hallo' },
      },
    );
    expect(response.status).toBe(403);
  });
});

describe('scopes', () => {
  it('denies sites to a token without a Sites scope', async () => {
    const { call, token } = freshStandIn();
    const narrow = await token('koen.maes@zonnedorp.example', ['User.Read']);
    expect((await call(narrow, 'GET', SITE_ROOT)).status).toBe(403);
    expect((await call(narrow, 'GET', '/me')).status).toBe(200);
  });

  it('denies list creation to Sites.ReadWrite.All alone', async () => {
    const { call, token } = freshStandIn();
    const readWrite = await token('koen.maes@zonnedorp.example', ['Sites.ReadWrite.All']);
    const response = await call(readWrite, 'POST', `${SITE}/lists`, {
      displayName: 'x',
      columns: [],
    });
    expect(response.status).toBe(403);
  });

  it('denies Planner writes without Tasks.ReadWrite', async () => {
    const { call, token } = freshStandIn();
    const readOnly = await token('koen.maes@zonnedorp.example', ['Tasks.Read']);
    const response = await call(readOnly, 'POST', '/planner/plans', {
      container: { containerId: GROUP_ID, type: 'group' },
      title: 'x',
    });
    expect(response.status).toBe(403);
  });

  it('lists the demo users with their team membership', async () => {
    const { app } = freshStandIn();
    const body = (await (await app.request('/_local/users')).json()) as {
      value: { id: string; teamMembership: string }[];
    };
    const membership = Object.fromEntries(body.value.map((user) => [user.id, user.teamMembership]));
    expect(membership[USER_IDS.director]).toBe('member');
    expect(membership[USER_IDS.partnerGuest]).toBe('guest');
    expect(membership[USER_IDS.outsider]).toBe('none');
  });
});
