/** Reads the stand-in's settings from the environment and fails with a fix when one is invalid. */

/** Port from LOCAL_M365_PORT, 4443 when unset; raises an error naming the fix when not a number. */
export function portFromEnvironment(): number {
  const text = process.env.LOCAL_M365_PORT;
  if (text === undefined || text === '') return 4443;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `LOCAL_M365_PORT is '${text}': set it to a port number from 0 to 65535, e.g. 4443.`,
    );
  }
  return port;
}

/** Runs `main` and exits with status 1 and the error's message when it fails. */
export function runOrExit(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`[local-m365] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
