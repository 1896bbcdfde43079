import { describe, expect, it } from 'vitest';
import {
  GENERAL_CHANNEL_ID,
  GROUP_ID,
  PRIVATE_CHANNEL_ID,
  RISK_CHANNEL_ID,
  USER_IDS,
} from '../../../src/local-m365/seed';
import { freshStandIn } from './helpers';

const MESSAGES = `/teams/${GROUP_ID}/channels/${RISK_CHANNEL_ID}/messages`;
const MENTION = {
  id: 0,
  mentionText: 'Koen Maes',
  mentioned: {
    user: { id: USER_IDS.ictOfficer, displayName: 'Koen Maes', userIdentityType: 'aadUser' },
  },
};

async function asDirector() {
  const standIn = freshStandIn();
  return { ...standIn, director: await standIn.token('griet.vermeulen@zonnedorp.example') };
}

describe('channel messages', () => {
  it('posts a message with a mention', async () => {
    const { call, director } = await asDirector();
    const response = await call(director, 'POST', MESSAGES, {
      body: { contentType: 'html', content: 'Actie voor <at id="0">Koen Maes</at>' },
      mentions: [MENTION],
    });
    expect(response.status).toBe(201);
    const message = (await response.json()) as {
      id: string;
      webUrl: string;
      replyToId: null;
      channelIdentity: { channelId: string };
    };
    expect(message.id).toMatch(/^\d{13}$/);
    expect(message.replyToId).toBeNull();
    expect(message.webUrl).toContain('https://teams.microsoft.com/l/message/');
    expect(message.channelIdentity.channelId).toBe(RISK_CHANNEL_ID);
  });

  it('rejects a tag without a mention', async () => {
    const { call, director } = await asDirector();
    const response = await call(director, 'POST', MESSAGES, {
      body: { contentType: 'html', content: 'Actie voor <at id="0">Koen Maes</at>' },
    });
    expect(response.status).toBe(400);
  });

  it('rejects a mention of an unknown user', async () => {
    const { call, director } = await asDirector();
    const response = await call(director, 'POST', MESSAGES, {
      body: { contentType: 'html', content: '<at id="0">Niemand</at>' },
      mentions: [
        { ...MENTION, mentioned: { user: { id: '00000000-0000-4000-8000-000000000000' } } },
      ],
    });
    expect(response.status).toBe(400);
  });

  it('rejects an attachment tag without an attachment', async () => {
    const { call, director } = await asDirector();
    const response = await call(director, 'POST', MESSAGES, {
      body: { contentType: 'html', content: 'Kaart <attachment id="card1"></attachment>' },
    });
    expect(response.status).toBe(400);
  });

  it('posts a reply and lists it', async () => {
    const { call, director, token } = await asDirector();
    const parent = (await (
      await call(director, 'POST', MESSAGES, { body: { content: 'Start' } })
    ).json()) as { id: string };
    const reply = await call(director, 'POST', `${MESSAGES}/${parent.id}/replies`, {
      body: { content: 'Opvolging' },
    });
    expect(reply.status).toBe(201);
    expect(((await reply.json()) as { replyToId: string }).replyToId).toBe(parent.id);

    const reader = await token('griet.vermeulen@zonnedorp.example', ['ChannelMessage.Read.All']);
    const listed = (await (await call(reader, 'GET', MESSAGES)).json()) as { value: unknown[] };
    expect(listed.value).toHaveLength(1);
    const replies = (await (
      await call(reader, 'GET', `${MESSAGES}/${parent.id}/replies`)
    ).json()) as { value: unknown[] };
    expect(replies.value).toHaveLength(1);
  });

  it('gives two messages in the same millisecond distinct ids', async () => {
    const { call, director } = await asDirector();
    const first = (await (
      await call(director, 'POST', MESSAGES, { body: { content: 'a' } })
    ).json()) as { id: string };
    const second = (await (
      await call(director, 'POST', MESSAGES, { body: { content: 'b' } })
    ).json()) as { id: string };
    expect(second.id).not.toBe(first.id);
  });
});

describe('teams and channels', () => {
  it('lists the joined team', async () => {
    const { call, director } = await asDirector();
    const body = (await (await call(director, 'GET', '/me/joinedTeams')).json()) as {
      value: { id: string }[];
    };
    expect(body.value.map((team) => team.id)).toEqual([GROUP_ID]);
  });

  it('lists the private channel to its members', async () => {
    const { call, token } = freshStandIn();
    const reader = await token('griet.vermeulen@zonnedorp.example', ['Channel.ReadBasic.All']);
    const body = (await (await call(reader, 'GET', `/teams/${GROUP_ID}/channels`)).json()) as {
      value: { id: string }[];
    };
    expect(body.value.map((channel) => channel.id)).toEqual([
      GENERAL_CHANNEL_ID,
      RISK_CHANNEL_ID,
      PRIVATE_CHANNEL_ID,
    ]);
  });

  it('hides the private channel from the guest', async () => {
    const { call, token } = freshStandIn();
    const guest = await token('pieter.desmet_ictpartner.example#EXT#@zonnedorp.example', [
      'Channel.ReadBasic.All',
    ]);
    const body = (await (await call(guest, 'GET', `/teams/${GROUP_ID}/channels`)).json()) as {
      value: { id: string }[];
    };
    expect(body.value.map((channel) => channel.id)).toEqual([GENERAL_CHANNEL_ID, RISK_CHANNEL_ID]);
  });

  it('denies channels to the app scopes, as Graph does', async () => {
    const { call, director } = await asDirector();
    expect((await call(director, 'GET', `/teams/${GROUP_ID}/channels`)).status).toBe(403);
  });
});
