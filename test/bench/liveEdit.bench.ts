// `npm run bench:live`: what the extension's core does after a keystroke's debounce in a 100 KB
// document, in a corpus of 1,000 documents: re-extract that document, re-link, rebuild the corpus
// look-ups and bring the search index up to date. The edits alternate plain prose and a sentence
// naming a new programme (test/bench/liveEditSentences.json). Prints milliseconds per edit; asserts nothing.
// (`npm run bench:live:vscode` times the same in a real VS Code, views included.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusSearch } from '../../src/core/corpusSearch';
import { WorkspaceModel } from '../../src/core/workspaceModel';

const ROOT = path.resolve(__dirname, '../../..');
const DOCUMENTS = 1000;
const EDITS = Number(process.env.BENCH_RUNS ?? 20);

type EditKind = 'prose' | 'naming';

const SENTENCES = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/bench/liveEditSentences.json'), 'utf8')) as { prose: string; naming: string; names: string[] };

function editSentence(kind: EditKind, n: number): string {
  return SENTENCES[kind].replace('{n}', String(n)).replace('{name}', SENTENCES.names[(n >> 1) % SENTENCES.names.length]);
}

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

  type Figures = { extract: number[]; link: number[]; search: number[]; total: number[] };
  const figures: Record<EditKind, Figures> = {
    prose: { extract: [], link: [], search: [], total: [] },
    naming: { extract: [], link: [], search: [], total: [] },
  };
  const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
  for (let edit = 1; edit <= EDITS; edit++) {
    const kind: EditKind = edit % 2 ? 'prose' : 'naming';
    const at = Math.floor(big.length / 2);
    big = `${big.slice(0, at)}\n${editSentence(kind, edit)}\n${big.slice(at)}`;
    const t0 = process.hrtime.bigint();
    model.set({ path: 'corpus/big.txt', text: big });
    const t1 = process.hrtime.bigint();
    model.index();
    const t2 = process.hrtime.bigint();
    search.changed(['corpus/big.txt']);
    search.indexSome(Number.POSITIVE_INFINITY);
    const t3 = process.hrtime.bigint();
    const into = figures[kind];
    into.extract.push(ms(t0, t1));
    into.link.push(ms(t1, t2));
    into.search.push(ms(t2, t3));
    into.total.push(ms(t0, t3));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1].toFixed(0);
  console.log(`corpus: ${DOCUMENTS} documents; edited document: ${(big.length / 1024).toFixed(0)} KB; ${EDITS} edits`);
  for (const kind of ['prose', 'naming'] as const) {
    const f = figures[kind];
    const sorted = [...f.total].sort((a, b) => a - b);
    console.log(`${kind === 'prose' ? 'plain prose:      ' : 'names a programme:'} median ${median(f.total)} ms (best ${sorted[0].toFixed(0)}, worst ${sorted[sorted.length - 1].toFixed(0)}); re-extract ${median(f.extract)}, re-link + look-ups ${median(f.link)}, search index ${median(f.search)}`);
  }
  console.log('target: < 100 ms per edit');
}

main();
