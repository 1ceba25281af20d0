import * as assert from 'node:assert/strict';
import { Cue, cueWords, readCues, TextCues, type WordOffsets } from '../../src/core/cues';
import { splitSentences } from '../../src/core/sentences';
import { splitWords } from '../../src/core/words';

function has(sentence: string, cue: number): boolean {
  return (readCues(sentence).flags & cue) !== 0;
}

/** The offsets given, copied out (they hold only until the next call). */
function list(offsets: WordOffsets | undefined): number[] | undefined {
  return offsets && Array.from({ length: offsets.count }, (_, k) => offsets.values[k]);
}

describe('reading commitment and recommendation cues', () => {
  it('reads money amounts in several currencies and notations', () => {
    for (const s of [
      'It costs £45m.',
      'A package of A$10 billion.',
      'Worth Can$101.4 billion.',
      '€8bn in total.',
      'INR 500 crore was set aside.',
      '₹2.78 lakh crore for roads.',
      'An additional 780 million pounds.',
      'A billion-dollar boost.',
      'Investing half a billion pounds.',
    ]) {
      assert.ok(has(s, Cue.Money), s);
    }
    for (const s of ['From £15 / month', '£42,403 - £45,441', 'Around 100,000 homes.', 'Up to 1.5m extra treatments.']) assert.ok(!has(s, Cue.Money), s);
  });

  it('tells an act after will from a consequence or an embedded question', () => {
    assert.ok(has('The council will publish its plan.', Cue.Future));
    assert.ok(has('“We’ll set out our plans in the spring.”', Cue.Future));
    assert.ok(has('The government is going to legislate.', Cue.Future));
    assert.ok(!has('This will help families.', Cue.Future));
    assert.ok(!has('It is unclear whether the changes will be enough.', Cue.Future));
    assert.ok(!has('Children’s minister Will Quince spoke.', Cue.Future));
  });

  it('reads a body acting only within the clause that names it', () => {
    assert.ok(has('Budget 2025 also invests over $1 billion in new capital.', Cue.BodyActing));
    assert.ok(!has('The report was long; it includes many tables.', Cue.BodyActing));
  });

  it('keeps the offset of the last firm pledge, for pledges after a quotation frame', () => {
    const cues = readCues('Announcing the plan, he said the government had committed £5m.');
    assert.ok(cues.lastFirmPledge > 'Announcing the plan,'.length);
    assert.equal(readCues('Nothing was promised here.').lastFirmPledge, 'Nothing was '.length);
    assert.equal(readCues('The promised service must be delivered.').lastFirmPledge, -1);
  });

  it('reads cue words in any case, hyphenated ones whole, and never inside a longer word', () => {
    assert.ok(has('The department RE-ANNOUNCED the scheme.', Cue.FirmPledge));
    assert.ok(has('Re-announce the plan', Cue.Pledge));
    assert.ok(has('It was xre-announced today.', Cue.FirmPledge));
    assert.equal(readCues('Willow trees are unwilling to grow.').flags, 0);
    assert.equal(readCues('They will_ fund it.').flags, 0);
    assert.ok(!has('We’llx build it.', Cue.Future));
  });

  it('reads the sentences of a whole text as it reads each sentence alone, a sentence cut inside a word too', () => {
    const text = [
      'The government will invest £10m. It re-announced the plan at www.gov.uk/announced today.',
      '• We’ll set out plans in spring',
      'x'.repeat(1495) + 'announced the scheme and will fund it.',
      'See https://example.org/will-announce now. Ministers should act.',
    ].join('\n');
    const cues = new TextCues(text);
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      assert.deepEqual(cues.of(sentence, start, end), readCues(sentence), sentence);
    }
  });

  it('finds the same cue words from a split into words as from the characters, where the two kinds of word differ', () => {
    const text = [
      'The plan_will announce £5m; we’ll fund_ it and _will act. Café funds will_ grow.',
      'They re-announced €3bn, pledged $2m and said "we\'ll invest" (www.example.org/will).',
      'Zürich’s council will invest; the co-operative will-fund them and will £4m.',
    ].join('\n');
    const cues = new TextCues(text, splitWords(text));
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      assert.deepEqual(cues.of(sentence, start, end), readCues(sentence), sentence);
    }
    const line = 'The plan_will fund_ it; Zürich will act and we’ll re-announce it.';
    const verbs = new TextCues(line, splitWords(line)).verbsIn(0, line.length);
    assert.deepEqual(list(verbs)?.map((at) => line.slice(at, at + 4)), ['will', 're-a']);
  });

  it('finds every cue word from a split into words as from the characters, whichever slot of the table it lands in', () => {
    const text = cueWords()
      .map((word) => `Officials ${word} the plan.`)
      .join('\n');
    const cues = new TextCues(text, splitWords(text));
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      assert.deepEqual(cues.of(sentence, start, end), readCues(sentence), sentence);
    }
  });

  it('marks where verbs and time phrases may start, and leaves a sentence with a web address or cut inside a word to be read alone', () => {
    const text = ['The Council RE-ANNOUNCES it. We will act by March 2026.', 'See www.gov.uk/plans-2025 now.', 'x'.repeat(1600) + ' said in 2024.'].join('\n');
    const cues = new TextCues(text);
    const verbs: (number[] | undefined)[] = [];
    const times: (number[] | undefined)[] = [];
    const phrases: (number[] | undefined)[] = [];
    for (const { start, end } of splitSentences(text)) {
      cues.of(text.slice(start, end), start, end);
      verbs.push(list(cues.verbsIn(start, end)));
      const deadline = cues.deadlineWordsIn(start, end);
      times.push(deadline && list(deadline.times));
      phrases.push(deadline && list(deadline.phrases));
    }
    assert.deepEqual(verbs, [[12, 15], [3], undefined, undefined, undefined]);
    assert.deepEqual(times, [[], [15], undefined, undefined, undefined]);
    assert.deepEqual(phrases, [[], [12], undefined, undefined, undefined]);
  });

  it('reads a text into the lists of a TextCues it reuses as into new ones, however many cue words it has', () => {
    const long = 'The council will set out plans by March 2026 and we’ll invest £5m. '.repeat(200);
    const short = 'Ministers said they would act this year. See www.gov.uk/plans now.';
    const read = (cues: TextCues, text: string) =>
      splitSentences(text).map(({ start, end }) => {
        const deadline = cues.deadlineWordsIn(start, end);
        return [cues.of(text.slice(start, end), start, end), list(cues.verbsIn(start, end)), deadline && [list(deadline.times), list(deadline.phrases)]];
      });
    let reused: TextCues | undefined;
    for (const text of [long, short, long]) {
      reused = new TextCues(text, splitWords(text), reused);
      assert.deepEqual(read(reused, text), read(new TextCues(text), text));
    }
  });

  it('ignores words inside a web address, which might yet hold a headline verb', () => {
    assert.equal(readCues('See https://www.gov.uk/government/news/minister-will-announce-plans').flags, Cue.HeadlineVerb);
  });

  it('notes a headline verb only among the first words', () => {
    assert.ok(has('DfE researching new ways to recruit carers', Cue.HeadlineVerb));
    assert.ok(!has(`${'A long opening clause about nothing in particular, '.repeat(2)}then launches`, Cue.HeadlineVerb));
  });

  it('reads a long run of cue words in bounded time and without error', () => {
    const cues = readCues('the government will '.repeat(70));
    assert.ok(cues.flags & Cue.Future);
  });
});
