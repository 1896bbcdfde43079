/** `npm start`: the stand-in and the built tab from dist/ on one HTTPS origin. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { portFromEnvironment, runOrExit } from './config';
import { startLocalM365 } from './index';

runOrExit(async () => {
  const staticDir = resolve('dist');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npx vite build` first, or use `npm start`.');
  }
  const server = await startLocalM365({ port: portFromEnvironment(), staticDir, quiet: true });
  console.log(`Risicoradar (lokaal / local): open ${server.url}/`);
  console.log(
    'Het certificaat is zelfondertekend: aanvaard het één keer in de browser. / ' +
      'The certificate is self-signed: accept it once in the browser.',
  );
});
