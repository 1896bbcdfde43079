/** Types shared by the stand-in's routes: the state, the Hono environment and the clock. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { DocStore } from './db';
import type { FaultBoard } from './faults';
import type { DemoUser } from './seed';
import type { RequestStats } from './stats';

/** State of a running stand-in. */
export interface LocalM365State {
  store: DocStore;
  faults: FaultBoard;
  stats: RequestStats;
  now: () => Date;
}

/** Set by the `$batch` route on the inner requests it sends through the app. */
export interface BatchScope {
  /** Set when a fault drops the connection; the batch response is then dropped. */
  dropConnection: boolean;
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Partial<HttpBindings> & { batch?: BatchScope };
  Variables: {
    requestId: string;
    user: DemoUser;
    scopes: string[];
  };
}

/** A route handler's context. */
export type AppContext = Context<AppEnv>;
