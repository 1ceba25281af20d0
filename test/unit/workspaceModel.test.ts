import * as assert from 'node:assert/strict';
import { documentEntries, itemEntries } from '../../src/core/corpusSearch';
import { WorkspaceModel } from '../../src/core/workspaceModel';

const A = 'The government will invest £20m in kinship care by 2027.\n\nWe recommend that the Department publishes a kinship strategy.';
const B = 'The Regional Care Co-operatives (RCCs) will receive £45m. The RCCs report to the Department for Education.';

/**
 * A model of `a.txt` and `b.txt` in which `b.txt` is edited through `versions`, re-linked after each;
 * asserts that it links as a model given only the last version, and returns it.
 */
function editedLikeFresh(a: string, versions: readonly string[]): WorkspaceModel {
  const edited = new WorkspaceModel();
  edited.set({ path: 'a.txt', text: a });
  edited.set({ path: 'b.txt', text: 'The council met on Monday.' });
  for (const text of versions) {
    edited.index();
    edited.set({ path: 'b.txt', text });
  }
  const fresh = new WorkspaceModel();
  fresh.set({ path: 'a.txt', text: a });
  fresh.set({ path: 'b.txt', text: versions[versions.length - 1] });
  assert.deepEqual(edited.index().result, fresh.index().result);
  return edited;
}

describe('WorkspaceModel', () => {
  it('after an edit, answers every look-up as a model built afresh from the same texts', () => {
    const C = 'The Care Review calls for the Regional Care Co-operatives to be funded. DfE will respond by 2026.';
    const edited = new WorkspaceModel();
    for (const [path, text] of [['a.txt', A], ['b.txt', B], ['c.txt', C]]) edited.set({ path, text });
    edited.index();
    const changed = `${B} The RCCs will also report to the Care Review.`;
    edited.set({ path: 'b.txt', text: changed });
    const fresh = new WorkspaceModel();
    for (const [path, text] of [['a.txt', A], ['b.txt', changed], ['c.txt', C]]) fresh.set({ path, text });
    const [x, y] = [edited.index(), fresh.index()];
    assert.deepEqual(x.result, y.result);
    for (const path of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(x.mentionsIn(path), y.mentionsIn(path));
    for (const item of y.result.items) {
      assert.deepEqual(x.firstMentionOf(item.id), y.mentionsOfItem(item.id)[0]);
      assert.deepEqual(x.mentionsOfItem(item.id), y.mentionsOfItem(item.id));
    }
    for (const kind of ['funding', 'commitment', 'recommendation', 'item'] as const) assert.deepEqual(x.documentsWith(kind), y.documentsWith(kind));
  });

  it('after an edit names a programme, links it where other documents mention it in lower case', () => {
    const edited = editedLikeFresh('Councils said the otter crossing fund was too small for rural areas.', ['The council will invest £5m in the Otter Crossing Fund by 2030.']);
    assert.deepEqual(
      edited.index().mentionsIn('a.txt').filter((m) => m.kind === 'item').map((m) => m.text),
      ['otter crossing fund'],
    );
  });

  it('after an edit spells out an acronym, links that acronym where other documents use it alone', () => {
    const edited = editedLikeFresh('The KSS pays councils each spring. The KSS was reviewed.', [
      'The Otter Crossing Fund was set up.',
      'The Kestrel Support Scheme (KSS) will run until 2030.',
    ]);
    const kss = edited.index().result.items.find((item) => item.aliases.includes('KSS'));
    assert.deepEqual(kss?.documents, ['a.txt', 'b.txt']);
  });

  it('extracts each document it is given and links them into one corpus in path order', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'b.txt', text: B });
    model.set({ path: 'a.txt', text: A });
    const result = model.result();
    assert.deepEqual(result.documents.map((d) => d.path), ['a.txt', 'b.txt']);
    assert.ok(result.mentions.some((m) => m.document === 'a.txt' && m.kind === 'funding' && m.text.includes('£20m')));
    assert.ok(result.mentions.some((m) => m.document === 'b.txt' && m.kind === 'funding'));
  });

  it('re-extracts only the document that changed', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'a.txt', text: A });
    model.set({ path: 'b.txt', text: B });
    const before = model.extraction('a.txt');
    model.set({ path: 'b.txt', text: `${B}\nThe Department will spend £5m.` });
    assert.equal(model.extraction('a.txt'), before);
    assert.ok(model.result().mentions.some((m) => m.document === 'b.txt' && m.text.includes('£5m')));
  });

  it('drops a deleted document from the corpus and from every item', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'a.txt', text: A });
    model.set({ path: 'b.txt', text: B });
    assert.equal(model.delete('b.txt'), true);
    assert.equal(model.delete('b.txt'), false);
    const result = model.result();
    assert.deepEqual(result.documents.map((d) => d.path), ['a.txt']);
    assert.ok(result.mentions.every((m) => m.document === 'a.txt'));
    assert.ok(result.items.every((i) => !i.documents.includes('b.txt')));
  });

  it('recomputes the linked corpus only after a change', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'a.txt', text: A });
    const first = model.index();
    assert.equal(model.index(), first);
    model.set({ path: 'a.txt', text: A });
    assert.notEqual(model.index(), first);
  });

  it('keeps positions and excerpts of every document without keeping its text', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'a.txt', text: A });
    const funding = model.result().mentions.find((m) => m.kind === 'funding');
    assert.ok(funding);
    assert.equal(model.positions('a.txt')?.positionAt(funding.start).line, 0);
    assert.match(model.snippet(funding), /invest £20m in kinship care/);
  });

  it('gives a mention inside a longer name found by the extractor that name’s excerpt', () => {
    const model = new WorkspaceModel();
    const text = 'The department published its response to the independent review of children’s social care and the plan.';
    model.set({ path: 'a.txt', text });
    const name = model.extraction('a.txt')?.names.find((n) => n.end - n.start > 10);
    assert.ok(name, 'the extractor finds a name here');
    const inner = { kind: 'item' as const, document: 'a.txt', start: name.start + 1, end: name.end - 1, text: text.slice(name.start + 1, name.end - 1), item: 'x' };
    assert.equal(model.snippet(inner), model.snippet({ ...inner, start: name.start, end: name.end, text: name.text }));
  });

  it('after an edit, gives every excerpt as a model given only the edited text', () => {
    const paragraph = (n: number) => `The Regional Care Co-operatives (RCCs) will receive £${n}m by 2027. We recommend that the RCCs report yearly.`;
    const before = Array.from({ length: 12 }, (_, n) => paragraph(n)).join('\n\n');
    const middle = before.indexOf('£6m');
    const edits = [`${before.slice(0, middle)}£66m and more${before.slice(middle + 3)}`, `Preface.\n\n${before}`, `${before}\n\nThe department will respond.`, before.slice(0, before.length / 2)];
    for (const after of edits) {
      const edited = new WorkspaceModel();
      edited.set({ path: 'a.txt', text: before });
      edited.set({ path: 'a.txt', text: after });
      const fresh = new WorkspaceModel();
      fresh.set({ path: 'a.txt', text: after });
      const mentions = fresh.index().mentionsIn('a.txt');
      assert.ok(mentions.length > 20);
      assert.deepEqual(edited.index().mentionsIn('a.txt').map((m) => edited.snippet(m)), mentions.map((m) => fresh.snippet(m)));
    }
  });

  it('defines an item where its acronym is spelled out, and again after an edit moves it', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'a.txt', text: 'The RCCs were agreed in May.' });
    model.set({ path: 'b.txt', text: B });
    const rcc = model.index().result.items.find((item) => item.aliases.includes('RCCs'));
    assert.ok(rcc);
    const defining = model.definingMention(rcc.id);
    assert.deepEqual([defining?.document, defining?.text], ['b.txt', 'Regional Care Co-operatives']);
    model.set({ path: 'b.txt', text: `Introduction.\n\n${B}` });
    assert.deepEqual([model.definingMention(rcc.id)?.document, model.definingMention(rcc.id)?.start], ['b.txt', B.indexOf('Regional') + 'Introduction.\n\n'.length]);
  });

  it('feeds the search index with entries that point back at their spans', () => {
    const model = new WorkspaceModel();
    model.set({ path: 'b.txt', text: B });
    const index = model.index();
    const entries = documentEntries(index, 'b.txt', (m) => model.snippet(m));
    assert.equal(entries.length, index.mentionsIn('b.txt').length);
    for (const entry of entries) assert.equal(entry.location?.document, 'b.txt');
    const items = itemEntries(index, (id) => index.mentionsOfItem(id)[0]);
    assert.equal(items.length, index.result.items.length);
  });
});
