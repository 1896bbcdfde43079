/** The control surface under `/_local`: demo users, tokens, reset, faults and request counts. */
import type { Hono } from 'hono';
import { APP_SCOPES, issueToken } from '../auth';
import type { AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { readJsonObject } from '../odata-query';
import {
  type ChannelDoc,
  type DemoUser,
  type GroupDoc,
  GROUP_ID,
  RISK_CHANNEL_ID,
  seedDemo,
} from '../seed';
import { emptyStats } from '../stats';

/** Registers the `/_local` routes; they need no token. */
export function registerControlRoutes(local: Hono<AppEnv>, state: LocalM365State): void {
  local.get('/users', (c) => {
    const group = state.store.get<GroupDoc>('group', GROUP_ID);
    const users = state.store.all<DemoUser>('user').map((user) => ({
      id: user.id,
      userPrincipalName: user.userPrincipalName,
      displayName: user.displayName,
      jobTitle: user.jobTitle,
      userType: user.userType,
      teamMembership: group?.memberIds.includes(user.id)
        ? user.userType === 'Guest'
          ? 'guest'
          : 'member'
        : 'none',
    }));
    return c.json({ value: users });
  });

  // Local mode has no Teams context and the app may not list channels, so the stand-in gives the
  // team and channel a tab in Teams would get from its context. `?channelId=` picks another one.
  local.get('/context', (c) => {
    const channelId = c.req.query('channelId') ?? RISK_CHANNEL_ID;
    const channel = state.store.get<ChannelDoc>('channel', channelId);
    if (!channel) throw fail.notFound(`Channel '${channelId}' was not found.`);
    return c.json({
      groupId: channel.teamId,
      channelId: channel.id,
      channelMembershipType: channel.membershipType === 'private' ? 'Private' : 'Regular',
    });
  });

  local.post('/token', async (c) => {
    const body = await readJsonObject(c);
    if (typeof body.user !== 'string')
      throw fail.badRequest("The body needs 'user', a userPrincipalName.");
    const scopes = body.scopes === undefined ? APP_SCOPES : body.scopes;
    if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) {
      throw fail.badRequest("'scopes' must be an array of scope names.");
    }
    return c.json(issueToken(state, body.user, scopes as string[]));
  });

  local.post('/reset', (c) => {
    seedDemo(state.store);
    state.faults.clear();
    return c.json({ reset: true });
  });

  local.post('/faults', async (c) => {
    const active = state.faults.configure(await c.req.json().catch(() => undefined));
    return c.json({ active }, 201);
  });

  local.delete('/faults', (c) => {
    state.faults.clear();
    return c.body(null, 204);
  });

  // Tests take a member out of the team, or put one back, to see how the app treats someone who
  // left. Graph itself changes membership through /groups/{id}/members/$ref.
  local.delete('/members/:userId', (c) => setMembership(state, c.req.param('userId'), false));
  local.put('/members/:userId', (c) => setMembership(state, c.req.param('userId'), true));

  local.get('/stats', (c) => c.json(state.stats));

  local.post('/stats/reset', (c) => {
    Object.assign(state.stats, emptyStats());
    return c.json(state.stats);
  });
}

function setMembership(state: LocalM365State, userId: string, member: boolean): Response {
  const group = state.store.get<GroupDoc>('group', GROUP_ID);
  if (!group) throw fail.notFound(`Group '${GROUP_ID}' not found; reset the stand-in.`);
  if (!state.store.get<DemoUser>('user', userId)) {
    throw fail.notFound(`User '${userId}' not found; GET /_local/users lists the demo users.`);
  }
  const others = group.memberIds.filter((id) => id !== userId);
  const memberIds = member ? [...others, userId] : others;
  state.store.put('group', GROUP_ID, { ...group, memberIds });
  return new Response(null, { status: 204 });
}
