import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, as `policy-lens …argv` would, and captures its output. */
export function cli(...argv: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = main(argv, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding the given files (paths may have sub-folders). */
export function folderWith(files: Record<string, string | Uint8Array>, prefix = 'policy-lens-cli-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}
