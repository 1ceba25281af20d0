import * as assert from 'node:assert/strict';
import { SearchIndex } from '../../src/core/searchIndex';

const at = (document: string, start: number) => ({ document, start, end: start + 5 });

describe('SearchIndex', () => {
  it('finds an item by a prefix of its name and by an alias', () => {
    const index = new SearchIndex();
    index.setSource('items', [{ kind: 'item', title: 'Regional Care Co-operatives', text: 'RCCs', item: 'rcc', location: at('a.txt', 10) }]);
    assert.equal(index.search('Regional Ca')[0]?.item, 'rcc');
    assert.equal(index.search('rccs')[0]?.item, 'rcc');
  });

  it('tolerates a small typo in a longer word', () => {
    const index = new SearchIndex();
    index.setSource('doc:a.txt', [{ kind: 'commitment', title: 'We will recruit 500 social workers', text: 'We will recruit 500 social workers', location: at('a.txt', 0) }]);
    assert.equal(index.search('recrit')[0]?.kind, 'commitment');
  });

  it('requires every word of the query to match', () => {
    const index = new SearchIndex();
    index.setSource('doc:a.txt', [
      { kind: 'commitment', title: 'recruit social workers', text: '', location: at('a.txt', 0) },
      { kind: 'commitment', title: 'recruit teachers', text: '', location: at('a.txt', 40) },
    ]);
    assert.deepEqual(
      index.search('recruit teachers').map((h) => h.title),
      ['recruit teachers'],
    );
  });

  it('replaces only the entries of one source, leaving other sources searchable', () => {
    const index = new SearchIndex();
    index.setSource('doc:a.txt', [{ kind: 'funding', title: '£20m', text: 'kinship care', location: at('a.txt', 0) }]);
    index.setSource('doc:b.txt', [{ kind: 'funding', title: '£45m', text: 'trailblazers', location: at('b.txt', 0) }]);
    index.setSource('doc:a.txt', [{ kind: 'funding', title: '£25m', text: 'family hubs', location: at('a.txt', 3) }]);
    assert.deepEqual(index.search('kinship'), []);
    assert.equal(index.search('hubs')[0]?.title, '£25m');
    assert.equal(index.search('trailblazers')[0]?.title, '£45m');
    assert.equal(index.size, 2);
  });

  it('searches notes and tags that other sources (annotations) add', () => {
    const index = new SearchIndex();
    index.setSource('annotations:a.txt', [{ kind: 'annotation', title: 'Check delivery date', text: 'asked the minister', tags: ['workforce/recruitment'], location: at('a.txt', 0) }]);
    assert.deepEqual(index.search('workforce').map((h) => h.tags), [['workforce/recruitment']]);
    index.removeSource('annotations:a.txt');
    assert.deepEqual(index.search('workforce'), []);
    assert.deepEqual(index.sources(), []);
  });

  it('returns nothing for a blank query', () => {
    const index = new SearchIndex();
    index.setSource('items', [{ kind: 'item', title: 'Care Review', text: '' }]);
    assert.deepEqual(index.search('   '), []);
  });
});
