// The UI suite: the packaged extension installed into code-server as a user installs it, and
// tests that act on the workbench in headless Chromium as a person would.
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { launchBrowser } from './browser.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { Workbench } from '../ui/workbench.mjs';
import { useWorkbench, workbench } from '../ui/session.mjs';

const UI_DIR = fileURLToPath(new URL('../ui/', import.meta.url));

/**
 * Runs every `test/e2e/ui/*.spec.mjs` (those whose titles match `grep`, when given) against one
 * workbench; resolves with `{ passed, failed }`.
 */
export async function runUiSuite({ toolchain, folders, vsix, log, grep }) {
  const stateDir = folders.dir('ui');
  const serverLog = path.join(stateDir, 'code-server.log');
  const consoleLog = path.join(stateDir, 'browser-console.log');
  // code-server's own logs: the remote extension host, file watcher and server.
  const serverLogs = path.join(stateDir, 'user-data', 'logs');
  const extensionsDir = folders.dir('ui', 'extensions');
  const workspace = folders.workspaceCopy('ui-workspace');
  let server;
  let browser;
  try {
    await installExtension(toolchain, vsix, { extensionsDir, stateDir });
    server = await startCodeServer(toolchain, { stateDir, extensionsDir, workspace, logPath: serverLog });
    log(`code-server at ${server.url} with ${path.basename(vsix)} installed; running the UI tests`);
    browser = await launchBrowser(folders.dir('ui', 'chromium'));
    browser.page.on('console', (message) => appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
    const workbench = new Workbench(browser.page, workspace);
    await workbench.open(server.workbenchUrl(workspace));
    useWorkbench(workbench);
    return await runMocha(grep, async (test) => {
      await folders.saveFailure(`ui ${test.fullTitle()}`, { page: browser.page, logs: [serverLog, consoleLog, serverLogs] });
    });
  } catch (error) {
    log(`UI tests could not run: ${error.message}`);
    await folders.saveFailure('ui tests did not run', { page: browser?.page, logs: [serverLog, consoleLog, serverLogs] });
    return { passed: 0, failed: 1 };
  } finally {
    await browser?.context.close().catch(() => {});
    await server?.stop();
  }
}

async function runMocha(grep, onFailure) {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec', ...(grep && { grep }) });
  for (const spec of readdirSync(UI_DIR).filter((name) => name.endsWith('.spec.mjs')).sort()) {
    mocha.addFile(path.join(UI_DIR, spec));
  }
  // Each test starts from a workbench with no prompt and no editor open.
  mocha.suite.beforeEach(async () => {
    const wb = workbench();
    await wb.page.keyboard.press('Escape');
    await wb.closeAllEditors();
  });
  mocha.suite.afterEach(async function saveFailure() {
    if (this.currentTest?.state === 'failed') await onFailure(this.currentTest);
  });
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}
