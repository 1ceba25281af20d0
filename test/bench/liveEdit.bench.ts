// `npm run bench:live`: what the extension does after a keystroke's debounce in a 100 KB document,
// in a corpus of 1,000 documents: re-extract that document, re-link, rebuild the corpus look-ups.
// Prints milliseconds per edit; asserts nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceModel } from '../../src/core/workspaceModel';

const ROOT = path.resolve(__dirname, '../../..');
const DOCUMENTS = 1000;
const EDITS = 10;

function texts(): string[] {
  const folders = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/dev/docs')];
  return folders.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
  );
}

function main(): void {
  const pool = texts();
  const model = new WorkspaceModel();
  for (let i = 0; i < DOCUMENTS - 1; i++) model.set({ path: `corpus/doc-${String(i).padStart(4, '0')}.txt`, text: pool[i % pool.length] });
  let big = '';
  for (let i = 0; big.length < 100 * 1024; i++) big += pool[i % pool.length] + '\n\n';
  model.set({ path: 'corpus/big.txt', text: big });
  model.index();

  const times: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const at = Math.floor(big.length / 2) + edit * 7;
    big = `${big.slice(0, at)}x${big.slice(at)}`;
    const t0 = process.hrtime.bigint();
    model.set({ path: 'corpus/big.txt', text: big });
    model.index();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`corpus: ${DOCUMENTS} documents; edited document: ${(big.length / 1024).toFixed(0)} KB`);
  console.log(`re-extract + re-link + look-ups per edit: median ${times[EDITS >> 1].toFixed(0)} ms, best ${times[0].toFixed(0)} ms, worst ${times[EDITS - 1].toFixed(0)} ms (target < 100 ms)`);
}

main();
