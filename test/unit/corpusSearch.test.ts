import * as assert from 'node:assert/strict';
import { CorpusSearch } from '../../src/core/corpusSearch';
import { WorkspaceModel } from '../../src/core/workspaceModel';

const A = 'The government will invest £20m in kinship care by 2027.';
const B = 'The Regional Care Co-operatives (RCCs) will receive £45m. The RCCs report to the Department for Education.';

function modelOf(docs: Record<string, string>): WorkspaceModel {
  const model = new WorkspaceModel();
  for (const [path, text] of Object.entries(docs)) model.set({ path, text });
  return model;
}

describe('CorpusSearch', () => {
  it('indexes changed documents before the next search, not before', () => {
    const model = modelOf({ 'a.txt': A, 'b.txt': B });
    const search = new CorpusSearch(model);
    search.changed(model.paths());
    assert.ok(search.pending);
    const hits = search.search('kinship');
    assert.ok(!search.pending);
    assert.ok(hits.some((hit) => hit.location?.document === 'a.txt'));
    assert.ok(search.search('regional care').some((hit) => hit.kind === 'item'));
  });

  it('indexes a batch at a time when given time, and the items once no document is waiting', () => {
    const model = modelOf({ 'a.txt': A, 'b.txt': B });
    const search = new CorpusSearch(model);
    search.changed(model.paths());
    assert.equal(search.indexSome(1), true);
    assert.equal(search.indexSome(1), false);
  });

  it('indexes an edited document at once, ahead of a backlog left by a scan', () => {
    const model = modelOf({ 'a.txt': A, 'b.txt': B });
    const search = new CorpusSearch(model);
    search.changedAll();
    search.indexNow(['b.txt']);
    assert.ok(search.pending, 'a.txt is still waiting');
    search.indexSome(Number.POSITIVE_INFINITY);
    assert.ok(!search.pending);
  });

  it('follows an edit to the place the text moved to, and forgets a deleted document', () => {
    const model = modelOf({ 'a.txt': A, 'b.txt': B });
    const search = new CorpusSearch(model);
    search.changedAll();
    search.search('kinship');
    model.set({ path: 'a.txt', text: `Foreword.\n\n${A}` });
    search.changed(['a.txt']);
    const moved = search.search('kinship').find((hit) => hit.location?.document === 'a.txt');
    assert.equal(moved?.location?.start, `Foreword.\n\n${A}`.indexOf('The government'));
    model.delete('b.txt');
    search.changed(['b.txt']);
    assert.deepEqual(search.search('RCCs').filter((hit) => hit.location?.document === 'b.txt'), []);
  });

  it('after the model is rebuilt, drops documents that are no longer in it', () => {
    const model = modelOf({ 'a.txt': A, 'b.txt': B });
    const search = new CorpusSearch(model);
    search.changedAll();
    search.search('x');
    model.clear();
    model.set({ path: 'a.txt', text: A });
    search.changedAll();
    assert.deepEqual(search.search('RCCs'), []);
    assert.ok(search.search('kinship').length > 0);
  });
});
