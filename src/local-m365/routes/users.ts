/** Users and group members: `/me`, `/users`, `/users/{id}`, `/groups/{id}/members`. */
import type { Hono } from 'hono';
import { SCOPES, requireScope } from '../auth';
import type { AppContext, AppEnv, LocalM365State } from '../context';
import { fail } from '../errors';
import { applySelect, parseSelect, pathParam, queryOption } from '../odata-query';
import type { DemoUser, GroupDoc } from '../seed';

/** The user properties Graph returns by default. */
export function userResource(user: DemoUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'nl-BE',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/** Properties that Graph returns only when selected. */
function userWithSelect(user: DemoUser, select: string[] | undefined): Record<string, unknown> {
  return applySelect(
    { ...userResource(user), ...(select ? { userType: user.userType } : {}) },
    select,
  );
}

function findUser(state: LocalM365State, idOrUpn: string): DemoUser {
  const wanted = idOrUpn.toLowerCase();
  const user = state.store
    .all<DemoUser>('user')
    .find(
      (candidate) =>
        candidate.id === wanted || candidate.userPrincipalName.toLowerCase() === wanted,
    );
  if (!user) {
    throw fail.notFound(
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  return user;
}

function select(c: AppContext): string[] | undefined {
  return parseSelect(queryOption(c, 'select'));
}

/** Registers the user and member routes. */
export function registerUserRoutes(graph: Hono<AppEnv>, state: LocalM365State): void {
  graph.get('/me', (c) => {
    requireScope(c, SCOPES.me);
    return c.json(userWithSelect(c.get('user'), select(c)));
  });

  graph.get('/users', (c) => {
    requireScope(c, SCOPES.users);
    return c.json({
      value: state.store.all<DemoUser>('user').map((user) => userWithSelect(user, select(c))),
    });
  });

  graph.get('/users/:userId', (c) => {
    requireScope(c, SCOPES.users);
    return c.json(userWithSelect(findUser(state, pathParam(c, 'userId')), select(c)));
  });

  graph.get('/groups/:groupId/members', (c) => {
    requireScope(c, SCOPES.groupMembers);
    const group = state.store.get<GroupDoc>('group', pathParam(c, 'groupId'));
    if (!group) throw fail.notFound(`Group '${pathParam(c, 'groupId')}' was not found.`);
    // NOTE: Graph lets any member of the tenant read a group's members; guests may be limited by
    // tenant settings, which the stand-in does not model.
    const value = group.memberIds
      .map((id) => state.store.get<DemoUser>('user', id))
      .filter((user): user is DemoUser => user !== undefined)
      .map((user) => ({
        '@odata.type': '#microsoft.graph.user',
        ...userWithSelect(user, select(c)),
      }));
    return c.json({ value });
  });
}
