// `npm run bench:activation`: how long Policy Lens takes to activate in a real VS Code, as VS Code
// itself reports it (Developer: Show Running Extensions gives code loading + the activate call).
// Installs the packaged .vsix into code-server as a user would, opens a seed document, reads the
// figure, reloads the window and reads it again. Prints the figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunFolders } from '../e2e/harness/artifacts.mjs';
import { launchBrowser } from '../e2e/harness/browser.mjs';
import { installExtension, startCodeServer } from '../e2e/harness/codeServer.mjs';
import { waitFor } from '../e2e/harness/deadline.mjs';
import { packageExtension } from '../e2e/harness/extension.mjs';
import { ensureToolchain, toolchainCacheDir } from '../e2e/harness/toolchain.mjs';
import { Workbench } from '../e2e/ui/workbench.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const log = (message) => console.log(`[bench] ${message}`);

const folders = new RunFolders(root);
process.on('exit', () => folders.dispose());
let server;
let browser;
try {
  const toolchain = await ensureToolchain(toolchainCacheDir(root), log);
  log('building and packaging the extension (npm run package)');
  const vsix = await packageExtension(root);
  const stateDir = folders.dir('bench');
  const extensionsDir = folders.dir('bench', 'extensions');
  const workspace = folders.workspaceCopy('bench-workspace');
  await installExtension(toolchain, vsix, { extensionsDir, stateDir });
  server = await startCodeServer(toolchain, { stateDir, extensionsDir, workspace, logPath: path.join(stateDir, 'code-server.log'), testDriver: false });
  browser = await launchBrowser(folders.dir('bench', 'chromium'));
  const workbench = new Workbench(browser.page, workspace);
  const seed = readdirSync(workspace).filter((name) => name.endsWith('.txt')).sort()[0];
  const figures = [];
  for (let run = 1; run <= RUNS; run++) {
    // Loading the page again starts a new window, and with it a new extension host.
    await workbench.open(server.workbenchUrl(workspace));
    await workbench.closeAllEditors();
    await workbench.openFile(seed);
    const ms = await activationTime(workbench);
    const inActivate = activateCallFromLog(stateDir);
    figures.push(ms);
    log(`run ${run}: activation ${ms} ms (VS Code's figure: code loading + activate call${inActivate === undefined ? '' : `; the activate call itself: ${inActivate} ms`})`);
  }
  const sorted = [...figures].sort((a, b) => a - b);
  console.log(`activation on the seeds over ${RUNS} window loads: median ${sorted[Math.floor(sorted.length / 2)]} ms, best ${sorted[0]} ms, worst ${sorted.at(-1)} ms (target < 200 ms)`);
} catch (error) {
  log(`could not measure: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.context.close().catch(() => {});
  await server?.stop();
  folders.dispose();
}

/** Opens Running Extensions and reads Policy Lens's activation time, once VS Code has one. */
async function activationTime(workbench) {
  await workbench.runCommand('Developer: Show Running Extensions');
  const text = await waitFor('Running Extensions to show Policy Lens activated', async () => {
    for (const row of await workbench.page.$$('.runtime-extensions-editor .monaco-list-row')) {
      const name = await row.$eval('.name', (el) => el.textContent).catch(() => '');
      if (name !== 'Policy Lens') continue;
      const time = await row.$eval('.activation-time', (el) => el.textContent).catch(() => '');
      if (/\d+ms/.test(time)) return time;
    }
    return undefined;
  });
  return Number(/(\d+)ms/.exec(text)[1]);
}

/** The extension's own "Activated in N ms" line from the newest output log, when code-server wrote it. */
function activateCallFromLog(stateDir) {
  const logs = path.join(stateDir, 'user-data', 'logs');
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('Policy Lens.log')) found.push(full);
    }
  };
  try {
    walk(logs);
  } catch {
    return undefined;
  }
  const newest = found.sort().at(-1);
  const match = newest && /Activated in (\d+) ms/.exec(readFileSync(newest, 'utf8'));
  return match ? Number(match[1]) : undefined;
}
