import * as assert from 'node:assert/strict';
import { hashString, headCategory, isDescriptiveKey, isNormAt, nameKey, normHash, normWord, slug } from '../../src/core/nameKey';

const key = (name: string): string => nameKey(name.split(/[\s,]+/));

describe('nameKey', () => {
  it('folds case, apostrophes, hyphens and plurals in a word', () => {
    assert.equal(normWord('Co-operatives'), 'cooperative');
    assert.equal(normWord('Children’s'), 'children');
    assert.equal(normWord('Activities'), 'activity');
    assert.equal(normWord('Congress'), 'congress');
  });

  it('hashes a written word as its normal form, without building it', () => {
    for (const w of ['Children’s', 'Co-operatives', 'Activities', 'status', 'RCCs', 'governors’']) assert.equal(normHash(w, 0, w.length), hashString(normWord(w)), w);
  });

  it('tells whether a written word has a normal form, without building it', () => {
    for (const w of ['Children’s', 'Co-operatives', 'Activities', 'status', 'RCCs', 'governors’', 'Ties', 'Bus', 'Café']) {
      const text = `(${w})`;
      assert.ok(isNormAt(text, 1, text.length - 1, normWord(w)), w);
      assert.ok(!isNormAt(text, 1, text.length - 1, `${normWord(w)}x`), w);
      assert.ok(!isNormAt(text, 1, text.length - 1, normWord(w).slice(0, -1)), w);
    }
    assert.ok(!isNormAt('Activities', 0, 10, 'activitiy'));
  });

  it('gives reordered names, plurals and a generic programme one key', () => {
    assert.equal(key("Children's Social Care National Framework"), key('National Children’s Social Care Framework'));
    assert.equal(key('Holiday Activity and Food Programme'), key('Holiday Activities and Food programme'));
    assert.equal(key('Supporting Families programme'), key('Supporting Families'));
  });

  it('keeps different bodies apart, the Department for Education and the Department of Education too', () => {
    assert.notEqual(key('Department for Education'), key('Department of Health'));
    assert.notEqual(key('Department for Education'), key('Department of Education'));
    assert.equal(key('Department of Education'), key('Education Department'));
    assert.notEqual(key('Early Career Framework'), key('National Framework'));
  });

  it('takes the category from the head noun', () => {
    assert.equal(headCategory('fund'), 'fund');
    assert.equal(headCategory('act'), 'law');
    assert.equal(headCategory('committee'), 'body');
    assert.equal(headCategory('children'), undefined);
  });

  it('makes ids from names', () => {
    assert.equal(slug('Stable Homes, Built on Love'), 'stable-homes-built-on-love');
    assert.equal(slug('Children’s Social Care Prevention Grant'), 'childrens-social-care-prevention-grant');
  });
});

describe('isDescriptiveKey', () => {
  it('is true for a name any government may have: heads, generic words, function words and numbers', () => {
    for (const name of ['Budget 2025', 'National Strategy', 'the Treasury', 'Local Government Association', 'National Plan 2024-25']) assert.ok(isDescriptiveKey(key(name)), name);
  });

  it('is false for a name with a word of its own', () => {
    for (const name of ['Healthy Start Fund', 'Department for Education', 'Autumn Budget 2024', 'Tusla']) assert.ok(!isDescriptiveKey(key(name)), name);
  });
});
