// `node esbuild.js && node out/test/bench/sentences.bench.js`: times the sentence side of extraction
// (split, cues, commitment and recommendation classification, actor, deadline) in CPU time, which a
// loaded machine inflates far less than wall-clock time, against a `/\w+/g` pass over the same text.
// Prints MB/s and the ratio to that baseline; asserts nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifySentences } from '../../src/core/extract';
import { splitSentences } from '../../src/core/sentences';

const ROOT = path.resolve(__dirname, '../../..');
const TARGET_CHARS = Number(process.env.BENCH_MB ?? 4) * 1e6;
const ROUNDS = 3;

function texts(): string[] {
  const folders = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/dev/docs')];
  const all = folders.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
  );
  const docs: string[] = [];
  for (let chars = 0; chars < TARGET_CHARS; ) {
    for (const text of all) {
      docs.push(text);
      chars += text.length;
    }
  }
  return docs;
}

/** The least CPU time (user + system, seconds) of a few runs. */
function cpuSeconds(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

function main(): void {
  const docs = texts();
  const mb = docs.reduce((n, d) => n + d.length, 0) / (1024 * 1024);
  let sink = 0;
  const baseline = cpuSeconds(() => {
    const word = /\w+/g;
    for (const doc of docs) {
      word.lastIndex = 0;
      while (word.exec(doc)) sink++;
    }
  });
  const split = cpuSeconds(() => {
    for (const doc of docs) sink += splitSentences(doc).length;
  });
  const pipeline = cpuSeconds(() => {
    for (const doc of docs) sink += classifySentences(doc).length;
  });
  const rate = (seconds: number): string => `${(mb / seconds).toFixed(1)} MB/s`;
  console.log(`text:       ${mb.toFixed(1)} MB (${docs.length} documents), CPU time, best of ${ROUNDS}`);
  console.log(`baseline:   ${rate(baseline)} (/\\w+/g)`);
  console.log(`split:      ${rate(split)}`);
  console.log(`sentences:  ${rate(pipeline)} = ${(baseline / pipeline).toFixed(2)} of the baseline (target >= 0.33)`);
  // Using the results keeps the optimiser from dropping the work.
  if (sink < 0) console.log(sink);
}

main();
