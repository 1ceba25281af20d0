// The in-host suite: the extension loaded in development mode into code-server's extension host,
// its mocha tests run there with the real `vscode` module, the result reported back through the
// page, as `@vscode/test-electron` would report it from a desktop VS Code.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { within } from './deadline.mjs';

export const SUITE_ENTRY = 'out/test/e2e/suite/index.js';
const SUITE_TIMEOUT_MS = 4 * 60_000;

/**
 * Runs the in-host suite on a fresh copy of the seeds and resolves with `{ passed, failed }`
 * as mocha counted them inside the host. A host that never reports back counts as one failure.
 */
export async function runInHostSuite({ root, toolchain, folders, log }) {
  const stateDir = folders.dir('in-host');
  const serverLog = path.join(stateDir, 'code-server.log');
  const hostLog = path.join(stateDir, 'extension-host.log');
  const workbenchLogs = path.join(stateDir, 'workbench-logs');
  const serverLogs = path.join(stateDir, 'user-data', 'logs');
  writeFileSync(hostLog, '');
  const workspace = folders.workspaceCopy('in-host-workspace');
  let server;
  let browser;
  let output = '';
  try {
    server = await startCodeServer(toolchain, { stateDir, extensionsDir: folders.dir('in-host', 'extensions'), workspace, logPath: serverLog });
    log(`code-server at ${server.url}; running the in-host tests`);
    browser = await launchBrowser(folders.dir('in-host', 'chromium'));
    const { page } = browser;
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, message) => {
      const line = Array.isArray(message) ? format(...message) : String(message);
      output += `${line}\n`;
      appendFileSync(hostLog, `[${type}] ${line}\n`);
      // Mocha's report is indented or blank; the workbench's own chatter (gallery and sign-in
      // lookups that fail offline) stays in the log file.
      if (/^(\s|$)/.test(line)) process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveWorkbenchLogs(workbenchLogs, logs);
      reportExit(code);
    });
    await page.goto(
      server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(root)],
        ['extensionTestsPath', server.remoteUri(path.join(root, SUITE_ENTRY))],
      ]),
    );
    const code = await within('the in-host tests to report their exit code', exited, SUITE_TIMEOUT_MS);
    const counts = mochaCounts(output);
    if (!counts) throw new Error(`the in-host tests exited with ${code} without mocha's counts (log: ${hostLog})`);
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    if (counts.failed) await folders.saveFailure('in-host tests', { page, logs: [hostLog, serverLog, workbenchLogs, serverLogs] });
    return counts;
  } catch (error) {
    log(`in-host tests could not run: ${error.message}`);
    await folders.saveFailure('in-host tests did not run', { page: browser?.page, logs: [hostLog, serverLog, serverLogs] });
    return { passed: mochaCounts(output)?.passed ?? 0, failed: 1 };
  } finally {
    await browser?.context.close().catch(() => {});
    await server?.stop();
  }
}

function mochaCounts(output) {
  const passing = /(\d+) passing/.exec(output);
  const failing = /(\d+) failing/.exec(output);
  if (!passing && !failing) return undefined;
  return { passed: passing ? Number(passing[1]) : 0, failed: failing ? Number(failing[1]) : 0 };
}

function saveWorkbenchLogs(dir, logs) {
  if (!Array.isArray(logs)) return;
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}
