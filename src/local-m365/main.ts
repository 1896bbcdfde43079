/** `npm run local-m365`: the stand-in alone, on LOCAL_M365_PORT with the data at LOCAL_M365_DB. */
import { portFromEnvironment, runOrExit } from './config';
import { startLocalM365 } from './index';

runOrExit(async () => {
  const server = await startLocalM365({ port: portFromEnvironment(), quiet: true });
  console.log(`[local-m365] Microsoft Graph stand-in: ${server.url}/v1.0`);
  console.log(`[local-m365] demo users and tokens: ${server.url}/_local/users`);
});
