// The extension under test, built and packaged exactly as `npm run package` does for a user.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runToEnd } from './processGroup.mjs';

export const VSIX_NAME = 'policy-lens.vsix';

/** Builds the extension and packages it; resolves with the `.vsix` path or throws with vsce's output. */
export async function packageExtension(root) {
  const { code, output } = await runToEnd('npm', ['run', '--silent', 'package'], { cwd: root, env: process.env, timeoutMs: 5 * 60_000 });
  const vsix = path.join(root, VSIX_NAME);
  if (code !== 0 || !existsSync(vsix)) {
    throw new Error(`\`npm run package\` failed (exit ${code}):\n${output}`);
  }
  return vsix;
}
