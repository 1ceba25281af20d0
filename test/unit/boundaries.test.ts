import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../../src/core');

describe('the core boundary', () => {
  it('keeps src/core free of vscode and of direct file-system access, so the CLI and the web extension share it', () => {
    const offenders = fs
      .readdirSync(CORE)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from ['"](vscode|node:fs|fs|node:fs\/promises|fs\/promises)['"]|require\(['"](vscode|fs|node:fs)['"]\)/.test(fs.readFileSync(path.join(CORE, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
