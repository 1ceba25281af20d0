import * as assert from 'node:assert/strict';
import { Combiner, combine } from '../../src/core/corpus';
import { extractDocument } from '../../src/core/extract';

const TEXTS = [
  'The Department for Education (DfE) will invest £20m in the Early Career Framework by 2027.',
  'We recommend that the DfE expands the early career framework. Ofwat agreed.',
  'Ofwat fined the water companies £5m. The government will publish a Water Strategy.',
];

describe('combine', () => {
  it('lists mentions by document, then by offset, with funding and sentences before items at the same span', () => {
    const result = combine(TEXTS.map((text, i) => extractDocument({ path: `doc${i + 1}.txt`, text })));
    for (let k = 1; k < result.mentions.length; k++) {
      const a = result.mentions[k - 1];
      const b = result.mentions[k];
      if (a.document !== b.document) continue;
      assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), `${a.text} before ${b.text}`);
      if (a.start === b.start && a.end === b.end) assert.ok(!(a.kind === 'item' && b.kind !== 'item'));
    }
  });

  it('lists the item mentions of extractions that share a path with each of them, in position order', () => {
    const result = combine([extractDocument({ path: 'same.txt', text: TEXTS[1] }), extractDocument({ path: 'same.txt', text: TEXTS[0] })]);
    // The second extraction's list starts where position order starts again.
    const second = result.mentions.findIndex((m, k) => k > 0 && m.start < result.mentions[k - 1].start);
    const itemSpans = (from: number, to: number): string[] => result.mentions.slice(from, to).filter((m) => m.kind === 'item').map((m) => `${m.start}-${m.end}`);
    assert.ok(second > 0 && itemSpans(0, second).length > 0);
    assert.deepEqual(itemSpans(0, second), itemSpans(second, result.mentions.length));
    assert.equal(result.mentions.findIndex((m, k) => k > second && m.start < result.mentions[k - 1].start), -1);
  });
});

describe('Combiner', () => {
  it('gives what combine gives as documents are edited, added and deleted', () => {
    const combiner = new Combiner();
    const docs = TEXTS.map((text, i) => extractDocument({ path: `doc${i + 1}.txt`, text }));
    assert.deepEqual(combiner.combine(docs), combine(docs));
    docs[1] = extractDocument({ path: 'doc2.txt', text: `${TEXTS[1]} Nothing new here.` });
    assert.deepEqual(combiner.combine(docs), combine(docs));
    docs.push(extractDocument({ path: 'doc4.txt', text: 'The Warm Homes Plan (WHP) starts. The DfE backs the WHP.' }));
    assert.deepEqual(combiner.combine(docs), combine(docs));
    docs.splice(0, 1);
    assert.deepEqual(combiner.combine(docs), combine(docs));
  });
});
