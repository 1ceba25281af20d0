import * as assert from 'node:assert/strict';
import { acronymDefinitions, definingMention, itemMentionAt, stepRelatedMention } from '../../src/core/relatedMentions';
import { corpus } from './corpusBuilder';

const A = 'Funding for the RCCs was agreed.';
const B = 'The Regional Care Co-operatives (RCCs) will start in April. The RCCs report yearly.';
const C = 'Each of the RCCs has a board.';

function rccCorpus() {
  return corpus()
    .doc('a.txt', A)
    .doc('b.txt', B)
    .doc('c.txt', C)
    .item('rcc', 'Regional Care Co-operatives', ['RCCs'])
    .mention('a.txt', 'rcc', 'RCCs')
    .mention('b.txt', 'rcc', 'Regional Care Co-operatives')
    .mention('b.txt', 'rcc', 'RCCs', 2)
    .mention('c.txt', 'rcc', 'RCCs')
    .index();
}

const DOCUMENTS = ['a.txt', 'b.txt', 'c.txt'];

/** B spells the acronym out, as the name finder reports it. */
const spelledOut = (document: string) => (document === 'b.txt' ? [{ start: B.indexOf('Regional'), end: B.indexOf(' (RCCs)') }] : []);

describe('related mentions', () => {
  it('finds the item mention under the cursor, including just after its last letter', () => {
    const index = rccCorpus();
    const start = C.indexOf('RCCs');
    assert.equal(itemMentionAt(index, 'c.txt', start)?.item, 'rcc');
    assert.equal(itemMentionAt(index, 'c.txt', start + 4)?.item, 'rcc');
    assert.equal(itemMentionAt(index, 'c.txt', 0), undefined);
  });

  it('defines an item where its acronym is spelled out, even when an earlier document names it first', () => {
    const index = rccCorpus();
    const defining = definingMention(index, 'rcc', acronymDefinitions(index, DOCUMENTS, spelledOut));
    assert.deepEqual([defining?.document, defining?.text], ['b.txt', 'Regional Care Co-operatives']);
  });

  it('falls back to the first mention in corpus order when no acronym is spelled out', () => {
    const index = rccCorpus();
    const defining = definingMention(index, 'rcc', acronymDefinitions(index, DOCUMENTS, () => []));
    assert.deepEqual([defining?.document, defining?.start], ['a.txt', A.indexOf('RCCs')]);
  });

  it('steps to the next mention across documents and wraps round at the end', () => {
    const index = rccCorpus();
    const second = B.lastIndexOf('RCCs');
    const next = stepRelatedMention(index, 'b.txt', second + 1, 1);
    assert.deepEqual([next?.document, next?.start], ['c.txt', C.indexOf('RCCs')]);
    const wrapped = stepRelatedMention(index, 'c.txt', C.indexOf('RCCs'), 1);
    assert.deepEqual([wrapped?.document, wrapped?.start], ['a.txt', A.indexOf('RCCs')]);
  });

  it('steps back to the previous mention, wrapping round at the start', () => {
    const index = rccCorpus();
    const previous = stepRelatedMention(index, 'a.txt', A.indexOf('RCCs'), -1);
    assert.deepEqual([previous?.document, previous?.start], ['c.txt', C.indexOf('RCCs')]);
  });

  it('has nowhere to step when the cursor is not on an item', () => {
    assert.equal(stepRelatedMention(rccCorpus(), 'a.txt', 0, 1), undefined);
  });
});
