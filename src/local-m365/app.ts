/** Builds the stand-in's Hono app: Graph under `/v1.0`, the control surface under `/_local`. */
import { Hono } from 'hono';
import type { AppEnv, LocalM365State } from './context';
import { DEFAULT_DB_PATH, DocStore } from './db';
import { GraphHttpError, errorBody, newRequestId } from './errors';
import { FaultBoard } from './faults';
import { DROP_MARKER, graphPipeline } from './graph-pipeline';
import { registerBatchRoute } from './routes/batch';
import { registerChannelFilesRoute } from './routes/channel-files';
import { registerControlRoutes } from './routes/control';
import { registerRuntimeConfigRoute } from './routes/runtime-config';
import { registerItemRoutes } from './routes/items';
import { registerPlanRoutes } from './routes/planner-plans';
import { registerTaskRoutes } from './routes/planner-tasks';
import { registerSiteRoutes } from './routes/sites';
import { registerTeamsRoutes } from './routes/teams';
import { registerUserRoutes } from './routes/users';
import { seedDemo } from './seed';
import { emptyStats } from './stats';

/** Options for an in-process stand-in. */
export interface LocalM365AppOptions {
  /** SQLite file; ':memory:' for tests. Defaults to LOCAL_M365_DB or .local-m365/local-m365.db. */
  dbPath?: string;
  /** Clock for timestamps and token expiry; tests pin it. */
  now?: () => Date;
  /** Extra routes (static files) mounted after Graph and `/_local`. */
  extend?: (app: Hono<AppEnv>) => void;
  /** Log unexpected errors to stderr; on by default. */
  logErrors?: boolean;
}

/** The app and its state, for tests that look inside. */
export interface LocalM365App {
  app: Hono<AppEnv>;
  state: LocalM365State;
}

/** Creates the stand-in's app; seeds the demo data when the database is new. */
export function createLocalM365App(options: LocalM365AppOptions = {}): LocalM365App {
  const store = new DocStore(options.dbPath ?? process.env.LOCAL_M365_DB ?? DEFAULT_DB_PATH);
  if (store.all('site').length === 0) seedDemo(store);
  const state: LocalM365State = {
    store,
    faults: new FaultBoard(),
    stats: emptyStats(),
    now: options.now ?? (() => new Date()),
  };
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    if (!c.env?.batch) state.stats.httpRequests += 1;
    await next();
  });

  const graph = new Hono<AppEnv>();
  graph.use('*', graphPipeline(state));
  registerSiteRoutes(graph, state);
  registerItemRoutes(graph, state);
  registerUserRoutes(graph, state);
  registerPlanRoutes(graph, state);
  registerTaskRoutes(graph, state);
  registerTeamsRoutes(graph, state);
  registerChannelFilesRoute(graph, state);
  registerBatchRoute(
    graph,
    (request, scope) => Promise.resolve(app.fetch(request, { batch: scope })),
    state.now,
  );
  graph.all('*', (c) => {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Resource not found for the segment in '${c.req.method} ${c.req.path}'.`,
    );
  });

  const local = new Hono<AppEnv>();
  registerControlRoutes(local, state);

  const onError = (error: Error, c: Parameters<Parameters<typeof app.onError>[0]>[1]) => {
    const requestId = c.get('requestId') ?? newRequestId();
    const ids = { requestId, clientRequestId: c.req.header('client-request-id') };
    if (error instanceof GraphHttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      c.header('request-id', requestId);
      return c.json(
        errorBody(error.code, error.message, ids, state.now(), error.innerCode),
        error.status as 400,
      );
    }
    if (options.logErrors !== false) console.error('[local-m365] unexpected error', error);
    return c.json(
      errorBody('generalException', 'An unexpected error occurred.', ids, state.now()),
      500,
    );
  };
  graph.onError(onError);
  local.onError(onError);
  app.onError(onError);

  app.route('/v1.0', graph);
  app.route('/_local', local);
  registerRuntimeConfigRoute(app);
  options.extend?.(app);

  // In-process callers have no socket to drop, so a marked response becomes a network error.
  const dispatch = app.fetch;
  app.fetch = async (request, env, executionContext) => {
    const response = await dispatch(request, env, executionContext);
    return response.headers.has(DROP_MARKER) ? Response.error() : response;
  };
  return { app, state };
}
