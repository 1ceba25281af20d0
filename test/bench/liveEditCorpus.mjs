// What the live-edit benchmarks (bench:live in the core, bench:live:vscode in a real VS Code) edit,
// made the same way for both so that their figures compare: a 100 KB document and 999 more of
// 4-12 KB, recombined deterministically from the paragraphs of the sample and development texts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DOCUMENTS = 1_000;
const BIG_DOCUMENT_BYTES = 100 * 1024;

const PROSE = 'The council will look at this again in {n} weeks.';
const NAMING = 'The council will invest £{n}m in the {name} Crossing Fund by 2030.';
const NAMES = ['Otter', 'Heron', 'Badger', 'Kestrel', 'Falcon', 'Willow', 'Bramble', 'Juniper', 'Lantern', 'Harbour', 'Meadow', 'Granite', 'Saffron', 'Thistle', 'Copper', 'Marlin', 'Orchard', 'Summit', 'Beacon', 'Cedar'];

export function liveEditCorpus(root) {
  const sources = [path.join(root, 'seeds'), path.join(root, 'test/fixtures/dev/docs')];
  const pool = sources.flatMap((source) =>
    readdirSync(source)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(path.join(source, name), 'utf8').split(/\n\s*\n/))
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 40),
  );
  let seed = 7;
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const document = (bytes) => {
    const parts = [];
    for (let size = 0; size < bytes; size += parts.at(-1).length + 2) parts.push(pool[Math.floor(next() * pool.length)]);
    return `${parts.join('\n\n')}\n`;
  };
  const big = document(BIG_DOCUMENT_BYTES);
  const others = [];
  for (let i = 1; i < DOCUMENTS; i++) others.push(document(4_000 + Math.floor(next() * 8_000)));
  return { big, others };
}

/**
 * The sentence typed in edit `n`: plain prose in odd edits; in even ones a sentence naming a programme
 * not named before, which changes what the linker knows across the corpus (the costlier case).
 */
export function editSentence(n) {
  return n % 2 ? PROSE.replace('{n}', String(n)) : NAMING.replace('{n}', String(n)).replace('{name}', NAMES[(n >> 1) % NAMES.length]);
}

export function editKind(n) {
  return n % 2 ? 'prose' : 'naming';
}
