import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, loadGrammar, scopesOf } from './tokenize';

const ROOT = path.resolve(__dirname, '../../..');

describe('policy-text grammar: funding figures', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });
  const funding = (text: string) => highlighted(grammar, text, 'funding');

  it('scopes a figure as constant.numeric.funding.policy-lens, which default themes colour as a number', () => {
    const line = 'the department has announced £259 million capital funding';
    assert.deepEqual(scopesOf(grammar, line, '£259 million'), [POLICY_TEXT, 'constant.numeric.funding.policy-lens']);
  });

  it('highlights sterling figures with a scale word or suffix', () => {
    assert.deepEqual(
      funding('The Department for Education has today (2 February) published some details of its response to the year-long review, chaired by Josh MacAlister, which put forward more than 80 proposals to reform the system, backed by a call for £2.6bn in funding over five years.'),
      ['£2.6bn'],
    );
    assert.deepEqual(
      funding('In addition, the department is investing £10 million to develop Regional Care Co-operatives (RCCs) to plan, commission and deliver children’s social care placements.'),
      ['£10 million'],
    );
  });

  it('highlights figures in euros, rupees and prefixed dollars', () => {
    assert.deepEqual(
      funding('This brings the overall funding allocated to the Department in Budget 2025 to over €8bn.'),
      ['€8bn'],
    );
    assert.deepEqual(
      funding('OTTAWA: Canada\'s finance minister announced Can$101.4 billion (US$80.9 billion) in spending Monday to help its battered economy recover from the pandemic.'),
      ['Can$101.4 billion', 'US$80.9 billion'],
    );
    assert.deepEqual(
      funding("Australia's government announced a A$10 billion initiative to build up to 100,000 homes."),
      ['A$10 billion'],
    );
    assert.deepEqual(
      funding('Health will receive NZ$1.37 billion a year and C$8.5 billion goes to child care, alongside $1.2 billion and €30m.'),
      ['NZ$1.37 billion', 'C$8.5 billion', '$1.2 billion', '€30m'],
    );
    assert.deepEqual(
      funding('In her Budget speech, Ms Sitharaman announced that the capital expenditure outlay for the next fiscal year has been increased by 11.1% to ₹11,11,111 crore, representing around 3.4% of the GDP.'),
      ['₹11,11,111 crore'],
    );
    assert.deepEqual(funding('Ministry of Defence: ₹6.2 lakh crore'), ['₹6.2 lakh crore']);
    assert.deepEqual(funding('The scheme gets Rs 500 crore and Rs. 20 lakh.'), ['Rs 500 crore', 'Rs. 20 lakh']);
    assert.deepEqual(funding('Congress passed a $2-billion package, and US $5 billion more.'), ['$2-billion', 'US $5 billion']);
  });

  it('highlights a number followed by a currency word', () => {
    assert.deepEqual(
      funding('Hammond announced an additional 780 million pounds (nearly 1 billion U.S. dollars) to create the technologies of tomorrow.'),
      ['780 million pounds', '1 billion U.S. dollars'],
    );
    assert.deepEqual(funding("Today's 780 million pound investment will support innovators"), ['780 million pound']);
    assert.deepEqual(funding('a further half a billion pounds for councils'), ['half a billion pounds']);
  });

  it('keeps a range as one figure, and a change from one figure to another as two', () => {
    assert.deepEqual(funding('Salary: £42,403 - £45,441'), ['£42,403 - £45,441']);
    assert.deepEqual(
      funding('NHS dentists will be given a ‘new patient’ payment of between £15-£50 (depending on treatment need)'),
      ['£15-£50'],
    );
    assert.deepEqual(funding('currently between £154 and £270 per week, per child'), ['£154 and £270']);
    assert.deepEqual(
      funding('which will be uplifted from £250m to £263 million at the final Settlement early next year.'),
      ['£250m', '£263 million'],
    );
  });

  it('highlights the amount, not the qualifier, in "up to £5m"', () => {
    assert.deepEqual(
      funding('which the Government is expanding across the whole country with investment of up to £220m,’ said children and families minister Vicky Ford.'),
      ['£220m'],
    );
    assert.deepEqual(funding('grants of up to £5m each'), ['£5m']);
  });

  it('leaves bare numbers, percentages and years alone', () => {
    assert.deepEqual(
      funding('Up to 1.5m extra treatments will be delivered, with a real-terms increase of 3.5% from 2024-25 and 100,000 homes by 2030.'),
      [],
    );
    assert.deepEqual(funding('around 240 dentists will be offered one-off payments'), []);
    assert.deepEqual(funding('a £ sign alone, and £5 more'), ['£5']);
  });

  it('highlights exactly the funding spans of the gold labels, in every labelled document', () => {
    for (const [goldDir, docsDir] of [
      ['test/fixtures/seeds-gold', 'seeds'],
      ['test/fixtures/dev/gold', 'test/fixtures/dev/docs'],
    ]) {
      for (const file of fs.readdirSync(path.join(ROOT, goldDir)).filter((f) => f.endsWith('.txt.yaml'))) {
        const gold = parse(fs.readFileSync(path.join(ROOT, goldDir, file), 'utf8')) as { document: string; funding?: { text: string }[] };
        const text = fs.readFileSync(path.join(ROOT, docsDir, gold.document), 'utf8');
        const expected = (gold.funding ?? []).map((f) => f.text).sort();
        assert.deepEqual(funding(text).sort(), expected, gold.document);
      }
    }
  });
});
