// `npm run bench`: generates a corpus of policy-like documents (at least 20 MB, recombined from the
// paragraphs of the sample and development texts) and times the whole scan as the CLI runs it:
// list, read, decode, extract and link (export is timed on its own). Prints MB/s and peak memory; asserts nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listCorpusFiles, readCorpus, type Problem } from '../../src/cli/files';
import { scanCorpus } from '../../src/core/corpus';
import { DEFAULT_MAX_BYTES } from '../../src/core/decode';
import { toJsonExport } from '../../src/core/export';

const ROOT = path.resolve(__dirname, '../../..');
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 20) * 1024 * 1024;

function paragraphs(): string[] {
  const folders = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/dev/docs')];
  return folders.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/))
      .map((p) => p.trim())
      .filter((p) => p.length > 40),
  );
}

/** A small deterministic generator, so every run scans the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(dir: string): { files: number; bytes: number } {
  const pool = paragraphs();
  const next = random(42);
  let bytes = 0;
  let files = 0;
  while (bytes < TARGET_BYTES) {
    const parts: string[] = [];
    const count = 8 + Math.floor(next() * 24);
    for (let i = 0; i < count; i++) parts.push(pool[Math.floor(next() * pool.length)]);
    const text = parts.join('\n\n') + '\n';
    const sub = path.join(dir, `batch-${String(Math.floor(files / 500)).padStart(3, '0')}`);
    if (files % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `doc-${String(files).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bench-'));
  try {
    const { files, bytes } = generate(dir);
    const mb = bytes / (1024 * 1024);
    console.log(`corpus: ${files} documents, ${mb.toFixed(1)} MB in ${dir}`);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

    const t0 = process.hrtime.bigint();
    const problems: Problem[] = [];
    const docs = [...readCorpus(listCorpusFiles(dir, problems), DEFAULT_MAX_BYTES, problems, [])];
    const t1 = process.hrtime.bigint();
    const result = scanCorpus(docs);
    const t2 = process.hrtime.bigint();
    const json = JSON.stringify(toJsonExport(result));
    const t3 = process.hrtime.bigint();
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    clearInterval(sampler);

    const seconds = (a: bigint, b: bigint): number => Number(b - a) / 1e9;
    const total = seconds(t0, t2);
    console.log(`read:            ${seconds(t0, t1).toFixed(2)} s`);
    console.log(`extract + link:  ${seconds(t1, t2).toFixed(2)} s  (${(mb / seconds(t1, t2)).toFixed(1)} MB/s)`);
    console.log(`export JSON:     ${seconds(t2, t3).toFixed(2)} s  (${(json.length / 1048576).toFixed(1)} MB of JSON)`);
    console.log(`found:           ${result.mentions.length} mentions, ${result.items.length} items`);
    console.log(`whole scan:      ${total.toFixed(2)} s = ${(mb / total).toFixed(1)} MB/s for read, extract and link (target >= 20 MB/s)`);
    console.log(`peak memory:     ${(peak / 1048576).toFixed(0)} MB RSS (target < 1024 MB)`);
    if (problems.length) console.log(`problems: ${problems.length}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
