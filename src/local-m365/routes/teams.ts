/** Teams: channels, channel messages and replies with mentions, and the user's joined teams. */
import type { Hono } from 'hono';
import { SCOPES, requireChannelMember, requireMember, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { pathParam, readJsonObject } from '../odata-query';
import { type ChannelDoc, type DemoUser, type GroupDoc, TENANT_ID } from '../seed';

interface MessageDoc {
  id: string;
  replyToId: string | null;
  createdDateTime: string;
  fromId: string;
  body: { contentType: string; content: string };
  channelIdentity: { teamId: string; channelId: string };
  mentions: unknown[];
  attachments: unknown[];
}

/** Returns the path's team and channel; 403 unless the caller is a member of both, 404 when unknown. */
export function teamAndChannel(
  c: AppContext,
  state: LocalM365State,
): { group: GroupDoc; channel: ChannelDoc } {
  const group = state.store.get<GroupDoc>('group', pathParam(c, 'teamId'));
  if (!group) throw fail.notFound(`Team '${pathParam(c, 'teamId')}' was not found.`);
  requireMember(c, group);
  const channel = state.store.get<ChannelDoc>('channel', pathParam(c, 'channelId'));
  if (!channel || channel.teamId !== group.id)
    throw fail.notFound(`Channel '${pathParam(c, 'channelId')}' was not found.`);
  requireChannelMember(c, channel);
  return { group, channel };
}

function idsInContent(content: string, tag: 'at' | 'attachment'): string[] {
  const pattern = new RegExp(`<${tag}\\s+id=["']?([^"'\\s>]+)["']?[^>]*>`, 'gi');
  return [...content.matchAll(pattern)].map((match) => match[1] as string);
}

type MentionInput = {
  id?: unknown;
  mentionText?: unknown;
  mentioned?: { user?: { id?: unknown } };
};

/** Checks that the `<at id>` tags and the mentions match and that each mention names a known user. */
function checkMentions(state: LocalM365State, content: string, mentions: MentionInput[]): void {
  const tagged = idsInContent(content, 'at').sort();
  const listed = mentions.map((mention) => String(mention.id)).sort();
  if (JSON.stringify(tagged) !== JSON.stringify(listed)) {
    throw fail.badRequest(
      `Mentions do not match the <at id> tags in the content: tags ${tagged.join(',') || 'none'}, mentions ${listed.join(',') || 'none'}.`,
    );
  }

  for (const mention of mentions) {
    const userId = mention.mentioned?.user?.id;
    const known = typeof userId === 'string' && state.store.get<DemoUser>('user', userId);
    if (typeof mention.mentionText !== 'string' || !known) {
      throw fail.badRequest(
        `Mention ${String(mention.id)} needs 'mentionText' and 'mentioned.user.id' of a known user.`,
      );
    }
  }
}

/** Checks that the `<attachment id>` tags and the attachments match. */
function checkAttachments(content: string, attachments: { id?: unknown }[]): void {
  const tagged = idsInContent(content, 'attachment').sort();
  const listed = attachments.map((attachment) => String(attachment.id)).sort();
  if (JSON.stringify(tagged) !== JSON.stringify(listed)) {
    throw fail.badRequest('Attachments do not match the <attachment id> tags in the content.');
  }
}

/** Validates a message body with its mentions and attachments; returns the body to store. */
function checkMessage(state: LocalM365State, body: Record<string, unknown>): MessageDoc['body'] {
  const messageBody = body.body as { contentType?: unknown; content?: unknown } | undefined;
  if (typeof messageBody?.content !== 'string' || messageBody.content === '') {
    throw fail.badRequest("The message needs 'body' with 'content'.");
  }
  const contentType = messageBody.contentType ?? 'text';
  if (contentType !== 'html' && contentType !== 'text') {
    throw fail.badRequest("'body.contentType' must be 'html' or 'text'.");
  }

  checkMentions(state, messageBody.content, (body.mentions ?? []) as MentionInput[]);
  checkAttachments(messageBody.content, (body.attachments ?? []) as { id?: unknown }[]);
  return { contentType, content: messageBody.content };
}

function nextMessageId(state: LocalM365State): string {
  const now = state.now().getTime();
  const last = state.store.get<{ value: number }>('lastMessageId', 'last')?.value ?? 0;
  const id = Math.max(now, last + 1);
  state.store.put('lastMessageId', 'last', { value: id });
  return String(id);
}

function messageResource(state: LocalM365State, message: MessageDoc): object {
  const sender = state.store.get<DemoUser>('user', message.fromId);
  const { teamId, channelId } = message.channelIdentity;
  const parent = message.replyToId ?? message.id;
  return {
    id: message.id,
    replyToId: message.replyToId,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${message.id}?groupId=${teamId}&tenantId=${TENANT_ID}&createdTime=${message.id}&parentMessageId=${parent}`,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        id: message.fromId,
        displayName: sender?.displayName ?? '',
        userIdentityType: 'aadUser',
      },
    },
    body: message.body,
    channelIdentity: message.channelIdentity,
    attachments: message.attachments,
    mentions: message.mentions,
    reactions: [],
  };
}

async function postMessage(
  c: AppContext,
  state: LocalM365State,
  replyToId: string | null,
): Promise<Response> {
  requireScope(c, SCOPES.messageSend);
  const { group, channel } = teamAndChannel(c, state);
  if (replyToId && !state.store.get<MessageDoc>('message', `${channel.id}/${replyToId}`)) {
    throw fail.notFound(`Message '${replyToId}' was not found in this channel.`);
  }
  const body = await readJsonObject(c);
  const message: MessageDoc = {
    id: nextMessageId(state),
    replyToId,
    createdDateTime: state.now().toISOString(),
    fromId: c.get('user').id,
    body: checkMessage(state, body),
    channelIdentity: { teamId: group.id, channelId: channel.id },
    mentions: (body.mentions ?? []) as unknown[],
    attachments: (body.attachments ?? []) as unknown[],
  };
  state.store.put(
    'message',
    `${channel.id}/${message.id}`,
    message,
    replyToId ? `${channel.id}/${replyToId}` : channel.id,
  );
  return c.json(messageResource(state, message), 201);
}

/** Registers the Teams routes. */
export function registerTeamsRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  const channelPath = '/teams/:teamId/channels/:channelId';

  graph.get('/me/joinedTeams', (c) => {
    requireScope(c, SCOPES.joinedTeams);
    const userId = c.get('user').id;
    const value = state.store
      .all<GroupDoc>('group')
      .filter((group) => group.memberIds.includes(userId))
      .map((group) => ({
        id: group.id,
        displayName: group.displayName,
        description: group.description,
        isArchived: false,
        tenantId: TENANT_ID,
      }));
    return c.json({ value });
  });

  graph.get('/teams/:teamId/channels', (c) => {
    requireScope(c, SCOPES.channelsRead);
    const group = state.store.get<GroupDoc>('group', pathParam(c, 'teamId'));
    if (!group) throw fail.notFound(`Team '${pathParam(c, 'teamId')}' was not found.`);
    requireMember(c, group);
    const userId = c.get('user').id;
    // Graph lists a private channel only to its members.
    const visible = state.store
      .children<ChannelDoc>('channel', group.id)
      .filter(
        (channel) => channel.membershipType !== 'private' || channel.memberIds?.includes(userId),
      );
    const value = visible.map((channel) => ({
      id: channel.id,
      createdDateTime: channel.createdDateTime,
      displayName: channel.displayName,
      description: channel.description,
      membershipType: channel.membershipType,
      tenantId: TENANT_ID,
      webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${group.id}&tenantId=${TENANT_ID}`,
    }));
    return c.json({ value });
  });

  graph.post(`${channelPath}/messages`, (c) => postMessage(c, state, null));
  graph.post(`${channelPath}/messages/:messageId/replies`, (c) =>
    postMessage(c, state, pathParam(c, 'messageId')),
  );

  graph.get(`${channelPath}/messages`, (c) => {
    requireScope(c, SCOPES.messageRead);
    const { channel } = teamAndChannel(c, state);
    return c.json({
      value: state.store
        .children<MessageDoc>('message', channel.id)
        .map((message) => messageResource(state, message)),
    });
  });

  graph.get(`${channelPath}/messages/:messageId/replies`, (c) => {
    requireScope(c, SCOPES.messageRead);
    const { channel } = teamAndChannel(c, state);
    const parent = `${channel.id}/${pathParam(c, 'messageId')}`;
    return c.json({
      value: state.store
        .children<MessageDoc>('message', parent)
        .map((message) => messageResource(state, message)),
    });
  });
}
