/** Serves the built tab from a folder with an index.html fallback and a Content-Security-Policy. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/** The tab may be framed by Teams, Outlook and Microsoft 365; it loads code only from its origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI's Griffel inserts style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://outlook.office.com https://*.office.com",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileIn(root: string, path: string): Promise<string | undefined> {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

/** Mounts GET handlers for the files under `folder`; unknown paths get index.html. */
export function mountStaticFiles(app: Hono<AppEnv>, folder: string): void {
  const root = resolve(folder);
  app.get('*', async (c) => {
    const file = (await fileIn(root, c.req.path)) ?? (await fileIn(root, '/index.html'));
    if (!file) return c.text('Not found: build the tab first with `npx vite build`.', 404);
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    c.header('Cache-Control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600');
    return c.body(await readFile(file));
  });
}
