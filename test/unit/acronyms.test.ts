import * as assert from 'node:assert/strict';
import { acronymLetters, initialisms, isAcronym, longFormStart, skipsWords, spelling } from '../../src/core/acronyms';

describe('acronyms', () => {
  it('recognises acronyms, mixed-case and plural ones included, and not capitalised words or numerals', () => {
    for (const w of ['CMA', 'DfE', 'RCCs', 'MHCLG', 'REACT-EU', 'NICs']) assert.ok(isAcronym(w), w);
    for (const w of ['Ofsted', 'A', 'III', 'Council', 'ab']) assert.ok(!isAcronym(w), w);
  });

  it('spells an acronym’s letters without its plural s', () => {
    assert.equal(acronymLetters('RCCs'), 'rcc');
    assert.equal(acronymLetters('DfE'), 'dfe');
  });

  it('finds where a long form starts, skipping or using function words, and dropping a trailing Programme', () => {
    assert.equal(longFormStart('DfE', spelling(['the', 'Department', 'for', 'Education'])), 1);
    assert.equal(longFormStart('CMA', spelling(['by', 'the', 'Competition', 'and', 'Markets', 'Authority’s'])), 2);
    assert.equal(longFormStart('FFC', spelling(['new', 'Families', 'First', 'for', 'Children'])), 1);
    assert.equal(longFormStart('DESNZ', spelling(['the', 'Department', 'for', 'Energy', 'Security', 'and', 'Net', 'Zero'])), 1);
    assert.equal(longFormStart('HAF', spelling(['the', 'Holiday', 'Activities', 'and', 'Food', 'Programme'])), 1);
    assert.equal(longFormStart('SEND', spelling(['the', 'Skills', 'Fund'])), -1);
  });

  it('accepts an acronym that skips some of a name’s words, if it starts and ends with the name', () => {
    assert.ok(skipsWords('CMS', spelling(['Centers', 'for', 'Medicare', 'Medicaid', 'Services'])));
    assert.ok(!skipsWords('SEND', spelling(['Skills', 'Fund'])));
    assert.ok(!skipsWords('MS', spelling(['Centers', 'for', 'Medicare', 'Medicaid', 'Services'])));
  });

  it('lists the initialisms a name may be shortened to', () => {
    assert.deepEqual(initialisms(['Competition', 'and', 'Markets', 'Authority']).sort(), ['cama', 'cma']);
    assert.ok(initialisms(['Department', 'for', 'Education']).includes('dfe'));
    assert.ok(initialisms(['Department', 'for', 'Business', 'Energy', 'and', 'Industrial', 'Strategy']).includes('beis'));
  });
});
