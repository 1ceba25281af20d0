import * as assert from 'node:assert/strict';
import { distinctAliases, formatAmount, summarizeMention } from '../../src/core/mentionSummary';
import { corpus } from './corpusBuilder';

const A = 'The Department will invest £2.6bn by 2027 in the Regional Care Co-operatives (RCCs).';
const B = 'The RCCs should report to Parliament.';

function index() {
  return corpus()
    .doc('a.txt', A)
    .doc('b.txt', B)
    .item('rcc', 'Regional Care Co-operatives', ['RCCs'])
    .mention('a.txt', 'rcc', 'Regional Care Co-operatives')
    .mention('b.txt', 'rcc', 'RCCs')
    .sentence('a.txt', 'commitment', A, { actor: 'The Department', deadline: 'by 2027' })
    .sentence('b.txt', 'recommendation', B)
    .funding('a.txt', '£2.6bn', 2_600_000_000)
    .index();
}

describe('summarizeMention', () => {
  it('gives a funding figure its normalised amount and currency', () => {
    const idx = index();
    const funding = idx.mentionsIn('a.txt').find((m) => m.kind === 'funding');
    assert.ok(funding);
    assert.equal(summarizeMention(funding, idx), '**Funding** · `£2.6bn` = 2,600,000,000 GBP · about Regional Care Co\\-operatives (2 documents)');
  });

  it('gives a commitment its actor, its deadline and the items it is about', () => {
    const idx = index();
    const commitment = idx.mentionsIn('a.txt').find((m) => m.kind === 'commitment');
    assert.ok(commitment);
    assert.equal(summarizeMention(commitment, idx), '**Commitment** · by The Department · deadline: by 2027 · about Regional Care Co\\-operatives (2 documents)');
  });

  it('gives a recommendation that names no actor, deadline or item just its kind', () => {
    const idx = corpus().doc('c.txt', 'Action is needed.').sentence('c.txt', 'recommendation', 'Action is needed.').index();
    const [recommendation] = idx.mentionsIn('c.txt');
    assert.equal(summarizeMention(recommendation, idx), '**Recommendation**');
  });

  it('gives an item mention the linked item and how many documents mention it', () => {
    const idx = index();
    const mention = idx.mentionsIn('b.txt').find((m) => m.kind === 'item');
    assert.ok(mention);
    const text = summarizeMention(mention, idx);
    assert.match(text, /^\*\*Programme\*\* · Regional Care Co\\-operatives/);
    assert.match(text, /also RCCs/);
    assert.match(text, /mentioned in 2 documents \(2 mentions\)$/);
  });
});

describe('formatAmount', () => {
  it('writes the amount in full with the currency code', () => {
    assert.equal(formatAmount(20_000_000, 'GBP'), '20,000,000 GBP');
    assert.equal(formatAmount(1.5, 'USD'), '1.5 USD');
  });
});

describe('distinctAliases', () => {
  it('drops aliases that differ from the name or each other only by case', () => {
    assert.deepEqual(distinctAliases('Regional Care Co-operatives', ['RCCs', 'regional care co-operatives', 'rccs', 'RCC']), ['RCCs', 'RCC']);
  });
});
