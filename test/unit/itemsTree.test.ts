import * as assert from 'node:assert/strict';
import type { CorpusIndex } from '../../src/core/corpusIndex';
import { filterFromHits, ItemsTreeModel, mentionKey } from '../../src/core/itemsTree';
import type { TreeNode } from '../../src/core/itemsTree';
import { PositionIndex } from '../../src/core/positions';
import { corpus } from './corpusBuilder';

const A = 'The Regional Care Co-operatives (RCCs) will be set up.\nWe will spend £20m by 2027.\nWe recommend that the RCCs report yearly.';
const B = 'In year two the RCCs expanded.\nThe Care Review should be published.';

function seedCorpus(): { index: CorpusIndex; texts: Map<string, string> } {
  const builder = corpus()
    .doc('a.txt', A)
    .doc('b.txt', B)
    .item('rcc', 'Regional Care Co-operatives', ['RCCs'])
    .item('review', 'Care Review', [], 'report')
    .mention('a.txt', 'rcc', 'Regional Care Co-operatives')
    .mention('a.txt', 'rcc', 'RCCs', 2)
    .mention('b.txt', 'rcc', 'RCCs')
    .mention('b.txt', 'review', 'Care Review')
    .sentence('a.txt', 'commitment', 'We will spend £20m by 2027.', { actor: 'We', deadline: 'by 2027' })
    .sentence('a.txt', 'recommendation', 'We recommend that the RCCs report yearly.')
    .sentence('b.txt', 'recommendation', 'The Care Review should be published.')
    .funding('a.txt', '£20m', 20_000_000);
  return { index: builder.index(), texts: builder.texts };
}

function tree(): ItemsTreeModel {
  const { index, texts } = seedCorpus();
  const positions = new Map([...texts].map(([path, text]) => [path, new PositionIndex(text)]));
  return new ItemsTreeModel({
    index: () => index,
    lineOf: (document, offset) => (positions.get(document)?.positionAt(offset).line ?? 0) + 1,
    snippet: (m) => m.text,
  });
}

const labels = (model: ItemsTreeModel, nodes: TreeNode[]) => nodes.map((n) => model.view(n).label);

describe('ItemsTreeModel', () => {
  it('groups by kind at the root, in a fixed order', () => {
    const model = tree();
    assert.deepEqual(labels(model, model.children()), ['Programmes and bodies', 'Funding', 'Commitments', 'Recommendations']);
  });

  it('lists items by name, each with its mentions across documents, document and line', () => {
    const model = tree();
    const [items] = model.children();
    const nodes = model.children(items);
    assert.deepEqual(labels(model, nodes), ['Care Review', 'Regional Care Co-operatives']);
    const rcc = nodes[1];
    assert.equal(model.view(rcc).description, '3 mentions · 2 documents');
    const mentions = model.children(rcc).map((n) => model.view(n));
    assert.deepEqual(
      mentions.map((v) => v.label),
      ['a.txt:1', 'a.txt:3', 'b.txt:1'],
    );
    assert.deepEqual(mentions[2].location, { document: 'b.txt', start: B.indexOf('RCCs'), end: B.indexOf('RCCs') + 4 });
    assert.equal(model.view(model.children(rcc)[0]).expandable, false);
  });

  it('puts sentences and funding under the documents that hold them', () => {
    const model = tree();
    const recommendations = model.children()[3];
    const documents = model.children(recommendations);
    assert.deepEqual(labels(model, documents), ['a.txt', 'b.txt']);
    assert.deepEqual(labels(model, model.children(documents[1])), ['The Care Review should be published.']);
  });

  it('shows a funding figure by its words and a sentence with its line, actor and deadline', () => {
    const model = tree();
    const [, funding, commitments] = model.children();
    const fundingMention = model.view(model.children(model.children(funding)[0])[0]);
    assert.equal(fundingMention.label, '£20m');
    assert.ok(fundingMention.description?.startsWith('line 2 · '));
    const commitment = model.view(model.children(model.children(commitments)[0])[0]);
    assert.equal(commitment.description, 'line 2 · We · by 2027');
  });

  it('groups by document when asked: document, then kind, then mention', () => {
    const model = tree();
    model.grouping = 'document';
    const [a, b] = model.children();
    assert.deepEqual(labels(model, [a, b]), ['a.txt', 'b.txt']);
    assert.deepEqual(labels(model, model.children(b)), ['Programmes and bodies', 'Recommendations']);
    const bItems = model.children(model.children(b)[0]).map((n) => model.view(n));
    assert.deepEqual(bItems.map((v) => v.label), ['RCCs', 'Care Review']);
    assert.ok(bItems[0].description?.startsWith('line 1'));
  });

  it('knows every node’s parent, so the view can reveal any node', () => {
    const model = tree();
    const [items] = model.children();
    const rcc = model.children(items)[1];
    const mention = model.children(rcc)[0];
    assert.equal(model.parent(mention), rcc);
    assert.equal(model.parent(rcc), items);
    assert.equal(model.parent(items), undefined);
  });

  it('gives a sentence that is both a commitment and a recommendation a distinct id under each group', () => {
    const text = 'The Department will and should act.';
    const index = corpus().doc('a.txt', text).sentence('a.txt', 'commitment', text).sentence('a.txt', 'recommendation', text).index();
    const model = new ItemsTreeModel({ index: () => index, lineOf: () => 1, snippet: (m) => m.text });
    const ids = model.children().flatMap((group) => model.children(group).flatMap((doc) => model.children(doc).map((n) => model.view(n).id)));
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
  });

  it('gives nodes ids that stay the same when the tree is rebuilt', () => {
    const model = tree();
    const ids = () => model.children(model.children()[0]).map((n) => model.view(n).id);
    assert.deepEqual(ids(), ids());
    assert.equal(new Set(ids()).size, ids().length);
  });

  it('narrows to the filter: whole matching items, single matching mentions, and hides empty groups', () => {
    const model = tree();
    const { index } = seedCorpus();
    const bRcc = index.mentionsIn('b.txt').find((m) => m.kind === 'item' && m.item === 'rcc');
    assert.ok(bRcc);
    model.filter = { query: 'rcc', items: new Set(['review']), mentions: new Set([mentionKey(bRcc)]) };
    const roots = model.children();
    assert.deepEqual(labels(model, roots), ['Programmes and bodies']);
    const items = model.children(roots[0]);
    assert.deepEqual(labels(model, items), ['Care Review', 'Regional Care Co-operatives']);
    assert.deepEqual(
      model.children(items[1]).map((n) => model.view(n).label),
      ['b.txt:1'],
    );
    model.filter = undefined;
    assert.equal(model.children().length, 4);
  });

  it('builds its filter from search hits: items by id, other hits by the span they point at', () => {
    const filter = filterFromHits('care', [
      { kind: 'item', title: 'Care Review', text: '', item: 'review', score: 2 },
      { kind: 'commitment', title: 'We will…', text: '', location: { document: 'a.txt', start: 3, end: 9 }, score: 1 },
    ]);
    assert.deepEqual([...filter.items], ['review']);
    assert.deepEqual([...filter.mentions], ['a.txt:3:9']);
  });
});
