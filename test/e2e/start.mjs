// `npm start`: Policy Lens in a real VS Code in the browser, on the sample corpus (or the folder
// given: `npm start -- path/to/folder`). Installs node 24 and code-server into .cache/e2e when
// missing, builds and packages the extension, installs the .vsix into code-server as a user
// would, serves it on 127.0.0.1 and prints the URL. Ctrl+C stops it and everything it started.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, portIsFree, startCodeServer } from './harness/codeServer.mjs';
import { packageExtension } from './harness/extension.mjs';
import { ensureToolchain, toolchainCacheDir } from './harness/toolchain.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (message) => console.log(`[start] ${message}`);
const PREFERRED_PORT = Number(process.env.POLICY_LENS_PORT ?? 8080);

try {
  const folder = path.resolve(process.argv[2] ?? path.join(root, 'seeds'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
  const toolchain = await ensureToolchain(toolchainCacheDir(root), log);
  log('building and packaging the extension (npm run package)');
  const vsix = await packageExtension(root);
  const stateDir = path.join(root, '.cache', 'e2e', 'start');
  const extensionsDir = path.join(stateDir, 'extensions');
  await installExtension(toolchain, vsix, { extensionsDir, stateDir });
  const logPath = path.join(stateDir, 'code-server.log');
  const port = (await portIsFree(PREFERRED_PORT)) ? PREFERRED_PORT : undefined;
  const server = await startCodeServer(toolchain, { stateDir, extensionsDir, workspace: folder, logPath, port, testDriver: false });
  console.log(`
Policy Lens is running in VS Code (code-server) on ${path.relative(root, folder) || folder}:

    ${server.workbenchUrl(folder)}

Open that URL in a browser on this machine. Press Ctrl+C here to stop it.
(code-server's log: ${path.relative(root, logPath)})
`);
  const { code, signal } = await server.exited;
  log(`code-server stopped (${signal ?? `exit ${code}`}); see ${path.relative(root, logPath)}`);
  process.exit(1);
} catch (error) {
  log(`could not start: ${error.message}`);
  process.exit(1);
}
