/** `npm run local-m365:reset`: restores the demo data in the database at LOCAL_M365_DB. */
import { runOrExit } from './config';
import { DEFAULT_DB_PATH, DocStore } from './db';
import { seedDemo } from './seed';

runOrExit(async () => {
  const path = process.env.LOCAL_M365_DB ?? DEFAULT_DB_PATH;
  const store = new DocStore(path);
  seedDemo(store);
  store.close();
  console.log(`[local-m365] demo data restored in ${path}`);
});
