import * as assert from 'node:assert/strict';
import { countCountries, currencyReader, unitOf } from '../../src/core/currency';

describe('currencyReader', () => {
  it('reads signs, prefixes, words and ISO codes with one meaning', () => {
    const read = currencyReader('');
    const cases: [string, string][] = [
      ['£', 'GBP'], ['€', 'EUR'], ['₹', 'INR'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['Can$', 'CAD'], ['C$', 'CAD'],
      ['US$', 'USD'], ['U.S.$', 'USD'], ['U.S. $', 'USD'], ['Rs.', 'INR'], ['HK$', 'HKD'], ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'],
      ['euros', 'EUR'], ['Euro', 'EUR'], ['U.S. dollars', 'USD'], ['US dollar', 'USD'], ['Australian dollars', 'AUD'],
      ['Canadian dollars', 'CAD'], ['yen', 'JPY'], ['yuan', 'CNY'], ['rand', 'ZAR'], ['GBP', 'GBP'], ['CHF', 'CHF'],
    ];
    for (const [written, code] of cases) assert.equal(read(written), code, written);
  });

  it('reads a bare dollar as the dollar of the country the text talks about most', () => {
    assert.equal(currencyReader('Health New Zealand and New Zealanders')('$'), 'NZD');
    assert.equal(currencyReader('Across Australia, Queensland and New South Wales')('dollars'), 'AUD');
    assert.equal(currencyReader('Ottawa said Canada would')('$'), 'CAD');
    assert.equal(currencyReader('Singapore will')('$'), 'SGD');
  });

  it('prefers US dollars on a tie and when no dollar country is named', () => {
    assert.equal(currencyReader('the United States and Canada')('$'), 'USD');
    assert.equal(currencyReader('The council will')('$'), 'USD');
  });

  it('reads rupees, yen signs, pesos and shillings by country too', () => {
    assert.equal(currencyReader('Pakistan')('Rs'), 'PKR');
    assert.equal(currencyReader('India and Pakistan and India')('Rs'), 'INR');
    assert.equal(currencyReader('Sri Lanka')('rupees'), 'LKR');
    assert.equal(currencyReader('Beijing said China')('¥'), 'CNY');
    assert.equal(currencyReader('Tokyo')('¥'), 'JPY');
    assert.equal(currencyReader('the Philippines')('pesos'), 'PHP');
    assert.equal(currencyReader('Uganda')('shillings'), 'UGX');
  });

  it('marks unknown forms with the ISO code for no currency', () => {
    assert.equal(currencyReader('')('doubloons'), 'XXX');
  });
});

describe('countCountries', () => {
  it('counts names, demonyms and a country’s own dollar prefix', () => {
    const counts = countCountries("Australia's government announced a A$10 billion plan for Australians in Sydney.");
    assert.equal(counts.get('AU'), 4);
  });

  it('counts whole words only', () => {
    const counts = countCountries('USB sticks, AUSTRALIAN ballots, Indiana and Chinatown');
    assert.deepEqual([...counts.keys()], []);
  });
});

describe('unitOf', () => {
  it('counts pence and cents as hundredths', () => {
    assert.equal(unitOf('pence'), 0.01);
    assert.equal(unitOf('cents'), 0.01);
    assert.equal(unitOf('pounds'), 1);
  });
});
