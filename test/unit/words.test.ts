import * as assert from 'node:assert/strict';
import { foldHash, Gap, splitWords } from '../../src/core/words';

function words(text: string): [string, Gap][] {
  const w = splitWords(text);
  const out: [string, Gap][] = [];
  for (let i = 0; i < w.count; i++) out.push([text.slice(w.starts[i], w.ends[i]), w.gaps[i] as Gap]);
  return out;
}

describe('splitWords', () => {
  it('keeps inner apostrophes and hyphens in a word', () => {
    assert.deepEqual(
      words('Children’s Co-operatives, COVID-19').map(([w]) => w),
      ['Children’s', 'Co-operatives', 'COVID-19'],
    );
  });

  it('tells spaces, a comma and anything else apart between words', () => {
    assert.deepEqual(words('Housing, Communities and (Local). Government'), [
      ['Housing', Gap.Break],
      ['Communities', Gap.Comma],
      ['and', Gap.Space],
      ['Local', Gap.Break],
      ['Government', Gap.Break],
    ]);
  });

  it('breaks at a tab or a wide run of spaces, as page layout puts between columns', () => {
    assert.deepEqual(words('Review of Transport      12\tA  B'), [
      ['Review', Gap.Break],
      ['of', Gap.Space],
      ['Transport', Gap.Space],
      ['12', Gap.Break],
      ['A', Gap.Break],
      ['B', Gap.Space],
    ]);
  });

  it('keeps a plural possessive with its word, so the name goes on', () => {
    assert.deepEqual(words("Childrens' Fund")[1], ['Fund', Gap.Space]);
  });

  it('hashes each word case-folded, as foldHash does', () => {
    const text = 'The Care Review, children’s co-operatives';
    const w = splitWords(text);
    for (let i = 0; i < w.count; i++) assert.equal(w.hashes[i], foldHash(text.slice(w.starts[i], w.ends[i]).toLowerCase(), 0, w.ends[i] - w.starts[i]));
  });

  it('marks the words of ASCII letters and digits only as plain', () => {
    const text = 'The Children’s Co-operatives in Zürich spent 2025 funds';
    const w = splitWords(text);
    const plain: string[] = [];
    for (let i = 0; i < w.count; i++) if (w.plain[i]) plain.push(text.slice(w.starts[i], w.ends[i]));
    assert.deepEqual(plain, ['The', 'in', 'spent', '2025', 'funds']);
  });

  it('grows past its first guess of the number of words', () => {
    assert.equal(splitWords('a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(20)).count, 520);
  });

  it('fills the arrays of an earlier result when they are large enough, with the same words as a fresh split', () => {
    const first = splitWords('Department for Education, the Children’s Commissioner and Ofsted. '.repeat(4));
    const text = 'The review, published today.';
    const reused = splitWords(text, first);
    assert.equal(reused.starts, first.starts);
    const fresh = splitWords(text);
    assert.equal(reused.count, fresh.count);
    for (let i = 0; i < fresh.count; i++) {
      assert.deepEqual([reused.starts[i], reused.ends[i], reused.gaps[i], reused.hashes[i]], [fresh.starts[i], fresh.ends[i], fresh.gaps[i], fresh.hashes[i]]);
    }
  });

  it('allocates new arrays when the earlier ones are too small', () => {
    const small = splitWords('A short one.');
    assert.notEqual(splitWords('a b c d e f g h i j k l m n o p '.repeat(10), small).starts, small.starts);
  });
});
