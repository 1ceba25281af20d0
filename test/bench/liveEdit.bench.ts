// `npm run bench:live`: what the extension's core does after a keystroke's debounce in a 100 KB
// document, in a corpus of 1,000 documents: re-extract that document, re-link, rebuild the corpus
// look-ups and bring the search index up to date. The corpus and the edits (plain prose, then a sentence
// naming a new programme, typed at the end) are those of bench:live:vscode (liveEditCorpus.mjs).
// Prints milliseconds per edit; asserts nothing.
// (`npm run bench:live:vscode` times the same in a real VS Code, views included.)
import * as path from 'node:path';
import { CorpusSearch } from '../../src/core/corpusSearch';
import { WorkspaceModel } from '../../src/core/workspaceModel';
import { DOCUMENTS, editKind, editSentence, liveEditCorpus } from './liveEditCorpus.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const EDITS = Number(process.env.BENCH_RUNS ?? 20);

function main(): void {
  const corpus = liveEditCorpus(ROOT);
  const model = new WorkspaceModel();
  corpus.others.forEach((text, i) => model.set({ path: `corpus/more/doc-${String(i + 1).padStart(4, '0')}.txt`, text }));
  let big = corpus.big;
  model.set({ path: 'corpus/edited.txt', text: big });
  const search = new CorpusSearch(model);
  search.changedAll();
  search.indexSome(Number.POSITIVE_INFINITY);

  type Figures = { extract: number[]; link: number[]; search: number[]; total: number[] };
  const figures: Record<'prose' | 'naming', Figures> = {
    prose: { extract: [], link: [], search: [], total: [] },
    naming: { extract: [], link: [], search: [], total: [] },
  };
  const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
  for (let edit = 1; edit <= EDITS; edit++) {
    const kind = editKind(edit);
    big = `${big}\n${editSentence(edit)}`;
    const t0 = process.hrtime.bigint();
    model.set({ path: 'corpus/edited.txt', text: big });
    const t1 = process.hrtime.bigint();
    model.index();
    const t2 = process.hrtime.bigint();
    search.changed(['corpus/edited.txt']);
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
