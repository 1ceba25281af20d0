// `node test/e2e/run.mjs`: the end-to-end suite, run by `npm test`. Installs node 24 and
// code-server into .cache/e2e when missing, packages the extension, then runs the in-host tests
// (extension in development mode, mocha inside the extension host) and the UI tests (the .vsix
// installed, headless Chromium acting as a person). Ends with `N passed, N failed`; exits
// non-zero when any test fails or VS Code cannot be started.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunFolders } from './harness/artifacts.mjs';
import { chromiumPath } from './harness/browser.mjs';
import { packageExtension } from './harness/extension.mjs';
import { runInHostSuite } from './harness/inHost.mjs';
import { ensureToolchain, toolchainCacheDir } from './harness/toolchain.mjs';
import { runUiSuite } from './harness/ui.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (message) => console.log(`[e2e] ${message}`);
// For working on the tests: `in-host` or `ui` runs one half; a further argument greps UI test titles.
const [only, grep] = process.argv.slice(2);

const folders = new RunFolders(root);
// Also when interrupted (Ctrl+C): the scratch folder holds copies of the corpus and browser profiles.
process.on('exit', () => folders.dispose());
const totals = { passed: 0, failed: 0 };
const started = Date.now();
try {
  chromiumPath();
  const toolchain = await ensureToolchain(toolchainCacheDir(root), log);
  log('building and packaging the extension (npm run package)');
  const vsix = await packageExtension(root);
  const suites = [
    ['in-host', () => runInHostSuite({ root, toolchain, folders, log })],
    ['ui', () => runUiSuite({ toolchain, folders, vsix, log, grep })],
  ];
  for (const [name, runSuite] of suites) {
    if (only && only !== name) continue;
    const suiteStarted = Date.now();
    const counts = await runSuite();
    if (counts.passed + counts.failed === 0) {
      log(`${name}: no test ran; counted as a failure`);
      counts.failed = 1;
    }
    log(`${name}: ${counts.passed} passed, ${counts.failed} failed (${Math.round((Date.now() - suiteStarted) / 1000)} s)`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
} catch (error) {
  log(`cannot run the end-to-end tests: ${error.message}`);
  totals.failed += 1;
} finally {
  folders.dispose();
}
if (folders.saved.length) log(`screenshots and logs of the failures are in ${path.relative(root, folders.artifacts)}/`);
log(`took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
