import * as assert from 'node:assert/strict';
import { countCountries, currencyReader, mainCurrency, unitOf } from '../../src/core/currency';

describe('currencyReader', () => {
  it('reads signs, prefixes, words and ISO codes with one meaning', () => {
    const read = currencyReader('').codeOf;
    const cases: [string, string][] = [
      ['£', 'GBP'], ['€', 'EUR'], ['₹', 'INR'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['Can$', 'CAD'], ['C$', 'CAD'],
      ['US$', 'USD'], ['U.S.$', 'USD'], ['U.S. $', 'USD'], ['Rs.', 'INR'], ['HK$', 'HKD'], ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'],
      ['euros', 'EUR'], ['Euro', 'EUR'], ['U.S. dollars', 'USD'], ['US dollar', 'USD'], ['Australian dollars', 'AUD'],
      ['Canadian dollars', 'CAD'], ['yen', 'JPY'], ['£ ', 'GBP'], ['U.S. $\u00a0', 'USD'], ['yuan', 'CNY'], ['rand', 'ZAR'], ['GBP', 'GBP'], ['CHF', 'CHF'],
    ];
    for (const [written, code] of cases) assert.equal(read(written), code, written);
  });

  it('reads a bare dollar as the dollar of the country the text talks about most', () => {
    assert.equal(currencyReader('Health New Zealand and New Zealanders').codeOf('$'), 'NZD');
    assert.equal(currencyReader('Across Australia, Queensland and New South Wales').codeOf('dollars'), 'AUD');
    assert.equal(currencyReader('Ottawa said Canada would').codeOf('$'), 'CAD');
    assert.equal(currencyReader('Singapore will').codeOf('$'), 'SGD');
  });

  it('knows a dollar country by its cities, regions and peoples when the text never names it', () => {
    assert.equal(currencyReader('An Invercargill MP said Southland would gain.').codeOf('$'), 'NZD');
    assert.equal(currencyReader('Māori health providers in Waikato').codeOf('$'), 'NZD');
    assert.equal(currencyReader('First Nations communities in Winnipeg').codeOf('$'), 'CAD');
    assert.equal(currencyReader('Councils in Perth and Adelaide').codeOf('$'), 'AUD');
  });

  it('prefers US dollars on a tie and when no dollar country is named', () => {
    assert.equal(currencyReader('the United States and Canada').codeOf('$'), 'USD');
    assert.equal(currencyReader('The council will').codeOf('$'), 'USD');
  });

  it('reads rupees, yen signs, pesos and shillings by country too', () => {
    assert.equal(currencyReader('Pakistan').codeOf('Rs'), 'PKR');
    assert.equal(currencyReader('India and Pakistan and India').codeOf('Rs'), 'INR');
    assert.equal(currencyReader('Sri Lanka').codeOf('rupees'), 'LKR');
    assert.equal(currencyReader('Beijing said China').codeOf('¥'), 'CNY');
    assert.equal(currencyReader('Tokyo').codeOf('¥'), 'JPY');
    assert.equal(currencyReader('the Philippines').codeOf('pesos'), 'PHP');
    assert.equal(currencyReader('Uganda').codeOf('shillings'), 'UGX');
  });

  it('marks unknown forms with the ISO code for no currency', () => {
    assert.equal(currencyReader('').codeOf('doubloons'), 'XXX');
  });
});

describe('CurrencyReader.isHome', () => {
  it("is true for the rand in a text mostly about South Africa", () => {
    assert.equal(currencyReader('Finance Minister in Cape Town: South Africa will raise grants.').isHome('ZAR'), true);
  });

  it('is false elsewhere and for currencies that need no home', () => {
    assert.equal(currencyReader('The R rate in England is 0.9.').isHome('ZAR'), false);
    assert.equal(currencyReader('South Africa and India, India, India').isHome('ZAR'), false);
    assert.equal(currencyReader('the United Kingdom').isHome('GBP'), false);
  });
});

describe('countCountries', () => {
  it('counts names, demonyms and a country’s own dollar prefix', () => {
    const counts = countCountries("Australia's government announced a A$10 billion plan for Australians in Sydney.");
    assert.equal(counts.get('AU'), 4);
  });

  it('tells apart names that begin alike', () => {
    const counts = countCountries('New Zealanders in New Zealand, New South Wales, New Delhi, NZ$5, NSW and Nairobi; Americans in America, the U.S. and the USA');
    assert.deepEqual(Object.fromEntries(counts), { NZ: 3, AU: 2, IN: 1, KE: 1, US: 4 });
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

describe('mainCurrency', () => {
  const money = (currency: string, policy = true) => ({ currency, policy });

  it('is the currency most of the policy money is in, the first seen on a tie', () => {
    assert.equal(mainCurrency([money('USD'), money('NZD'), money('NZD')]), 'NZD');
    assert.equal(mainCurrency([money('EUR'), money('GBP')]), 'EUR');
  });

  it('leaves out money that is not policy, and is undefined without policy money', () => {
    assert.equal(mainCurrency([money('USD', false), money('USD', false), money('GBP')]), 'GBP');
    assert.equal(mainCurrency([money('USD', false)]), undefined);
    assert.equal(mainCurrency([]), undefined);
  });
});
