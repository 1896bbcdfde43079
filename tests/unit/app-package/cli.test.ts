// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures';

// Runs the script as npm run app-package does, with a bare environment so that no variable of the
// machine running the tests leaks in.
function runScript(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-app-package.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
}

describe('app-package script', () => {
  it('rejects an env name with a path', () => {
    const result = runScript('--env', '../secrets');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('invalid --env "../secrets"');
  });

  it('lists missing variables and fails', () => {
    const result = runScript('--env', 'unit-test-without-file');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('env/.env.unit-test-without-file not found');
    expect(result.stderr).toContain('missing values for TEAMS_APP_ID');
  });
});
