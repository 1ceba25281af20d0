// `npm run test:e2e:electron`: the same in-host suite as test/e2e/run.mjs, in a desktop VS Code
// run by @vscode/test-electron, for machines that can download VS Code (or have one: set
// VSCODE_EXECUTABLE_PATH to its binary). Exits non-zero when a test fails.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { SUITE_ENTRY } from './harness/inHost.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'policy-lens-electron-'));
const workspace = path.join(scratch, 'seeds');
cpSync(path.join(root, 'seeds'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, SUITE_ENTRY),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data')],
  });
} catch (error) {
  console.error(`in-host tests failed: ${error.message ?? error}`);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
