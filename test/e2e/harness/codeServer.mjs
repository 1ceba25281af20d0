// code-server: a full VS Code (its extension host, the real `vscode` API, the TextMate
// tokenizer) served to a browser, started on a free loopback port for one run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { waitFor } from './deadline.mjs';
import { runToEnd, spawnGroup, stopGroup } from './processGroup.mjs';

/**
 * Installs a packaged extension into `extensionsDir` the way a user would, with
 * `code-server --install-extension file.vsix` (`--force`: a rebuilt .vsix of the same version
 * replaces the one installed).
 */
export async function installExtension(toolchain, vsixPath, { extensionsDir, stateDir }) {
  const { code, output } = await runToEnd(
    toolchain.node,
    [toolchain.codeServer, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(stateDir, 'user-data'), '--install-extension', vsixPath, '--force'],
    { env: isolatedEnv(toolchain, stateDir), timeoutMs: 60_000 },
  );
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${vsixPath} (exit ${code}):\n${output}`);
  }
}

/**
 * Starts code-server on 127.0.0.1 and `port` (else a free one), with its state under `stateDir`
 * and its log in `logPath`, and resolves once it answers `/healthz`. Returns `{ url,
 * workbenchUrl(folder, payload), remoteUri(file), stop(), exited }`; `stop()` ends its whole
 * process group. `testDriver: false` leaves out the switch that lets a page run extension tests.
 */
export async function startCodeServer(toolchain, { stateDir, extensionsDir, workspace, logPath, port: wantedPort, testDriver = true }) {
  writeUserSettings(stateDir);
  const port = wantedPort ?? (await freePort());
  const child = spawnGroup(
    toolchain.node,
    [
      toolchain.codeServer,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--config', '/dev/null',
      '--user-data-dir', path.join(stateDir, 'user-data'),
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // Lets a page load an extension in development mode and run its tests through the URL.
      ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      workspace,
    ],
    { env: isolatedEnv(toolchain, stateDir), logPath },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  try {
    await waitFor(`code-server to answer ${url}/healthz (log: ${logPath})`, async () => exited() || (await fetch(`${url}/healthz`)).ok, {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    if (exited()) throw new Error(`code-server exited (${child.signalCode ?? child.exitCode}) before answering; see ${logPath}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port,
    /** The workbench on `folder`, with `payload` (name/value pairs) passed to VS Code. */
    workbenchUrl(folder, payload) {
      const query = `folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
      return payload ? `${url}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}` : `${url}/?${query}`;
    },
    /** `file` (an absolute path on this machine) as the workbench's remote URI. */
    remoteUri(file) {
      return `vscode-remote://127.0.0.1:${port}${file}`;
    },
    stop,
    /** Settles when code-server exits, with `{ code, signal }`. */
    exited: child.exited,
  };
}

// A quiet workbench: no welcome page, tips, chat or update prompts between the tests and the editor.
function writeUserSettings(stateDir) {
  const userDir = path.join(stateDir, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'editor.minimap.enabled': false,
  };
  writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

// Keeps code-server's sockets, caches and settings out of $HOME and away from other runs.
function isolatedEnv(toolchain, stateDir) {
  const dirs = { XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', TMPDIR: 'tmp' };
  const env = { ...toolchain.env };
  for (const [name, dir] of Object.entries(dirs)) {
    env[name] = path.join(stateDir, dir);
    mkdirSync(env[name], { recursive: true });
  }
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/** Whether `port` on 127.0.0.1 is free to listen on. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.on('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
