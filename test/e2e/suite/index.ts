import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The in-host test entry (`extensionTestsPath`): VS Code calls `run()` inside the extension host
 * and reports a rejection as a failed run. Runs every `*.spec.js` next to this module, in name
 * order, with the real `vscode` module; the same file serves `@vscode/test-electron`'s
 * `runTests` and the code-server harness in `test/e2e/run.mjs`.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
  const specs = fs.readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort();
  for (const spec of specs) mocha.addFile(path.join(__dirname, spec));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-host test(s) failed`)) : resolve()));
  });
}
