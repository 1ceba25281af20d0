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
