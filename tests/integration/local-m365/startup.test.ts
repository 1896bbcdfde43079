import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalM365App, startLocalM365 } from '../../../src/local-m365/index';
import { mountStaticFiles } from '../../../src/local-m365/static-files';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'local-m365-start-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('start-up checks', () => {
  it('rejects a port that is not a number', async () => {
    await expect(
      startLocalM365({ port: Number('abc'), dbPath: ':memory:', quiet: true }),
    ).rejects.toThrow(/LOCAL_M365_PORT/);
  });

  it('rejects a database path in a file', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'blocker'), '');
    await expect(
      startLocalM365({ port: 0, dbPath: join(folder, 'blocker', 'db.sqlite'), quiet: true }),
    ).rejects.toThrow(/LOCAL_M365_DB/);
  });

  it('reuses the certificate on the next start', async () => {
    const folder = tempFolder();
    const first = await startLocalM365({ port: 0, dbPath: join(folder, 'a.db'), quiet: true });
    await first.close();
    const second = await startLocalM365({ port: 0, dbPath: join(folder, 'a.db'), quiet: true });
    await second.close();
    expect(second.caPem).toBe(first.caPem);
  });
});

describe('static files', () => {
  function withDist() {
    const folder = tempFolder();
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Risicoradar</title>');
    writeFileSync(join(folder, 'assets', 'app.js'), 'console.log(1)');
    return createLocalM365App({
      dbPath: ':memory:',
      extend: (app) => mountStaticFiles(app, folder),
    }).app;
  }

  it('serves files with a Content-Security-Policy', async () => {
    const response = await withDist().request('/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('falls back to index.html for app routes', async () => {
    const response = await withDist().request('/risks/R-07');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Risicoradar');
  });

  it('keeps Graph errors for unknown Graph paths', async () => {
    const response = await withDist().request('/v1.0/nowhere');
    expect(response.status).toBe(401);
  });

  it('does not serve files outside the folder', async () => {
    const response = await withDist().request('/..%2F..%2Fetc%2Fpasswd');
    expect(await response.text()).toContain('Risicoradar');
  });
});
