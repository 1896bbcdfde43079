/** Entry points of the local Microsoft 365 stand-in: in-process app and HTTPS server. */
import { serve } from '@hono/node-server';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { createLocalM365App } from './app';
import { DEFAULT_DB_PATH } from './db';
import { mountStaticFiles } from './static-files';
import { loadOrCreateCertificate } from './tls';

export { createLocalM365App } from './app';
export type { LocalM365App, LocalM365AppOptions } from './app';
export { APP_SCOPES } from './auth';
export * from './seed';

/** Options of `startLocalM365`. */
export interface StartOptions {
  /** TCP port; 0 picks a free one. Defaults to 4443. */
  port?: number;
  /** Interface to listen on; defaults to 127.0.0.1 so nothing outside this machine reaches it. */
  host?: string;
  dbPath?: string;
  /** Folder of the built tab to serve beside Graph. */
  staticDir?: string;
  quiet?: boolean;
}

/** A running stand-in. */
export interface RunningLocalM365 {
  url: string;
  port: number;
  /** The self-signed certificate, to pass as `ca` to a client. */
  caPem: string;
  close(): Promise<void>;
}

/** Raises an error that explains how to fix a bad port or an unwritable data folder. */
function checkConfiguration(port: number, dbPath: string): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port '${port}': set LOCAL_M365_PORT to a number from 0 to 65535.`);
  }
  if (dbPath === ':memory:') return;
  const folder = dirname(resolve(dbPath));
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch {
    throw new Error(
      `The data folder '${folder}' is not writable: set LOCAL_M365_DB to a file in a writable folder.`,
    );
  }
}

/** Starts the stand-in over HTTPS and resolves once it listens. */
export async function startLocalM365(options: StartOptions = {}): Promise<RunningLocalM365> {
  const port = options.port ?? 4443;
  const host = options.host ?? '127.0.0.1';
  const dbPath = options.dbPath ?? process.env.LOCAL_M365_DB ?? DEFAULT_DB_PATH;
  checkConfiguration(port, dbPath);
  const tls = await loadOrCreateCertificate(
    dbPath === ':memory:' ? undefined : dirname(resolve(dbPath)),
  );
  const { app, state } = createLocalM365App({
    dbPath,
    extend: options.staticDir
      ? (root) => mountStaticFiles(root, options.staticDir as string)
      : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const instance = serve(
      {
        fetch: app.fetch,
        port,
        hostname: host,
        createServer,
        serverOptions: { key: tls.key, cert: tls.cert },
      },
      () => resolveServer(instance),
    );
    instance.once('error', reject);
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `https://localhost:${actualPort}`;
  if (!options.quiet) console.log(`[local-m365] listening on ${url}`);
  return {
    url,
    port: actualPort,
    caPem: tls.cert,
    close: () =>
      new Promise<void>((resolveClose) => {
        const closable = server as unknown as { closeAllConnections?: () => void };
        closable.closeAllConnections?.();
        server.close(() => {
          state.store.close();
          resolveClose();
        });
      }),
  };
}
