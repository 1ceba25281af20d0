// What the benchmarks that run in a real VS Code share: the packaged .vsix installed into
// code-server as a user would, headless Chromium on the workbench, and the extension's own log.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/harness/browser.mjs';
import { installExtension, startCodeServer } from '../e2e/harness/codeServer.mjs';
import { packageExtension } from '../e2e/harness/extension.mjs';
import { ensureToolchain, toolchainCacheDir } from '../e2e/harness/toolchain.mjs';
import { Workbench } from '../e2e/ui/workbench.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const log = (message) => console.log(`[bench] ${message}`);

/**
 * Packages Policy Lens, installs it into code-server on `workspace`, opens the workbench in
 * Chromium and calls `run({ workbench, url, extensionLog })`; stops everything afterwards.
 * `extensionLog()` is the text of the newest Policy Lens output log.
 */
export async function withVsCode(folders, workspace, run) {
  const toolchain = await ensureToolchain(toolchainCacheDir(root), log);
  log('building and packaging the extension (npm run package)');
  const vsix = await packageExtension(root);
  const stateDir = folders.dir('bench');
  const extensionsDir = folders.dir('bench', 'extensions');
  await installExtension(toolchain, vsix, { extensionsDir, stateDir });
  let server;
  let browser;
  try {
    server = await startCodeServer(toolchain, { stateDir, extensionsDir, workspace, logPath: path.join(stateDir, 'code-server.log'), testDriver: false });
    browser = await launchBrowser(folders.dir('bench', 'chromium'));
    const workbench = new Workbench(browser.page, workspace);
    return await run({ workbench, url: server.workbenchUrl(workspace), extensionLog: () => newestLog(path.join(stateDir, 'user-data', 'logs')) });
  } finally {
    await browser?.context.close().catch(() => {});
    await server?.stop();
  }
}

/** Median, best and worst of some figures, for one line of output. */
export function summary(figures) {
  const sorted = [...figures].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]} ms, best ${sorted[0]} ms, worst ${sorted.at(-1)} ms`;
}

function newestLog(logs) {
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
    return '';
  }
  // Log folders are named by their start time, so the last one sorted belongs to the newest window.
  const newest = found.sort().at(-1);
  return newest ? readFileSync(newest, 'utf8') : '';
}
