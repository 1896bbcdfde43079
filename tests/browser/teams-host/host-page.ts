/** Builds the test host page: its HTML with the config embedded, and its script without types. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transformWithOxc } from 'vite';
import type { HostPageConfig } from './protocol';

const scriptCache = new Map<string, Promise<string>>();

/**
 * Returns a TypeScript file beside this one as browser JavaScript, stripped of its types once per
 * test run. The file may import types only, because nothing bundles it.
 */
export function browserScript(fileName: string): Promise<string> {
  const path = fileURLToPath(new URL(fileName, import.meta.url));
  let script = scriptCache.get(path);
  if (!script) {
    script = readFile(path, 'utf8').then(async (source) => {
      const output = await transformWithOxc(source, path, { lang: 'ts' });
      return output.code;
    });
    scriptCache.set(path, script);
  }
  return script;
}

/** Escapes JSON for a `<script>` element, where `</script>` or `<!--` would end or break it. */
function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** Returns the host page, which loads its script from `scriptPath` on its own origin. */
export function hostPageHtml(config: HostPageConfig, scriptPath: string): string {
  return `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Teams-testhost</title>
    <style>
      html, body { margin: 0; height: 100%; }
      body { display: flex; flex-direction: column; font-family: sans-serif; }
      #stage { flex: 1; display: flex; }
      #stage iframe { flex: 1; border: 0; }
      footer { padding: 8px; text-align: right; }
    </style>
    <script type="application/json" id="host-config">${jsonForScriptElement(config)}</script>
    <script type="module" src="${scriptPath}"></script>
  </head>
  <body>
    <main id="stage"></main>
    <footer><button id="save" type="button" disabled>Opslaan</button></footer>
  </body>
</html>
`;
}
