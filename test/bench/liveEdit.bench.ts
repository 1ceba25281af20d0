// `npm run bench:live`: what the extension's core does after a keystroke's debounce in a 100 KB
// document, in a corpus of 1,000 documents: re-extract that document, re-link, rebuild the corpus
// look-ups and bring the search index up to date. Prints milliseconds per edit; asserts nothing.
// (`npm run bench:live:vscode` times the same in a real VS Code, views included.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusSearch } from '../../src/core/corpusSearch';
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
  const search = new CorpusSearch(model);
  search.changedAll();
  search.indexSome(Number.POSITIVE_INFINITY);

  const phases = { extract: [] as number[], link: [] as number[], search: [] as number[], total: [] as number[] };
  const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
  for (let edit = 0; edit < EDITS; edit++) {
    const at = Math.floor(big.length / 2) + edit * 7;
    big = `${big.slice(0, at)}x${big.slice(at)}`;
    const t0 = process.hrtime.bigint();
    model.set({ path: 'corpus/big.txt', text: big });
    const t1 = process.hrtime.bigint();
    model.index();
    const t2 = process.hrtime.bigint();
    search.changed(['corpus/big.txt']);
    search.indexSome(Number.POSITIVE_INFINITY);
    const t3 = process.hrtime.bigint();
    phases.extract.push(ms(t0, t1));
    phases.link.push(ms(t1, t2));
    phases.search.push(ms(t2, t3));
    phases.total.push(ms(t0, t3));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1].toFixed(0);
  const sorted = [...phases.total].sort((a, b) => a - b);
  console.log(`corpus: ${DOCUMENTS} documents; edited document: ${(big.length / 1024).toFixed(0)} KB`);
  console.log(`median per edit: re-extract ${median(phases.extract)} ms, re-link + look-ups ${median(phases.link)} ms, search index ${median(phases.search)} ms`);
  console.log(`whole update per edit: median ${median(phases.total)} ms, best ${sorted[0].toFixed(0)} ms, worst ${sorted[EDITS - 1].toFixed(0)} ms (target < 100 ms)`);
}

main();
