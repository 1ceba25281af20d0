import * as assert from 'node:assert/strict';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/core/sentences';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitting text into sentences', () => {
  it('splits at a full stop, question or exclamation mark followed by a capital', () => {
    assert.deepEqual(split('The plan was published. It sets out six missions! Will it work? Nobody knows.'), [
      'The plan was published.',
      'It sets out six missions!',
      'Will it work?',
      'Nobody knows.',
    ]);
  });

  it('treats a heading line without punctuation as a sentence of its own', () => {
    assert.deepEqual(split('Government unveils £1bn plan for buses\n\nMinisters said more would follow.'), [
      'Government unveils £1bn plan for buses',
      'Ministers said more would follow.',
    ]);
  });

  it('leaves bullet and list markers out of the item that follows them', () => {
    const text = 'The plan includes:\n  •  More homes.\n- Better buses\n* Cleaner air\n1.    APPROVE the grant.\n(a) Delegate the design.';
    assert.deepEqual(split(text), ['The plan includes:', 'More homes.', 'Better buses', 'Cleaner air', 'APPROVE the grant.', 'Delegate the design.']);
  });

  it('marks which sentences stand alone on their line and which follow a bullet', () => {
    const spans = splitSentences('Intro line:\n• First item\nOne. Two.');
    assert.deepEqual(
      spans.map((s) => [s.line, s.bulleted]),
      [
        ['whole', false],
        ['whole', true],
        ['first', false],
        ['inner', false],
      ],
    );
  });

  it('keeps closing quotes and the attribution with the quoted sentence', () => {
    assert.deepEqual(split('“We will set out robust plans,” he added. “We cannot wait.” The minister left.'), [
      '“We will set out robust plans,” he added.',
      '“We cannot wait.”',
      'The minister left.',
    ]);
  });

  it('splits quoted sentences that a web page joined with no space between them', () => {
    assert.deepEqual(split('“The fund will help farms.”“It opens in May,” she said."The council will match it." Bids close soon.'), [
      '“The fund will help farms.”',
      '“It opens in May,” she said."',
      'The council will match it."',
      'Bids close soon.',
    ]);
    assert.deepEqual(split('He cited the "U.S."-style scheme and the report "Plan A."for schools.'), ['He cited the "U.S."-style scheme and the report "Plan A."for schools.']);
    assert.deepEqual(split('Pay will rise to £30,000 by 2022-23.This matters. It was a crisis.The council met.'), [
      'Pay will rise to £30,000 by 2022-23.',
      'This matters.',
      'It was a crisis.',
      'The council met.',
    ]);
    assert.deepEqual(split('See www.leeds.gov.Uk or the U.S.Army page, e.g.This one, at 3.5 million.'), ['See www.leeds.gov.Uk or the U.S.Army page, e.g.This one, at 3.5 million.']);
  });

  it('does not split inside amounts, decimals, initials or common abbreviations', () => {
    assert.deepEqual(split('Mr. Smith and Dr. Jones met J. K. Rowling, e.g. about Can$101.4 billion for the U.S. programme. Then they left.'), [
      'Mr. Smith and Dr. Jones met J. K. Rowling, e.g. about Can$101.4 billion for the U.S. programme.',
      'Then they left.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(split('Is it enough? asked the committee. It is not.'), ['Is it enough? asked the committee.', 'It is not.']);
  });

  it('returns exact substrings of the text, trimmed of surrounding spaces', () => {
    const text = '   Spaced out heading   \r\n\tA sentence here.  Another one.\n';
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      assert.equal(sentence, sentence.trim());
      assert.ok(sentence.length > 0);
    }
    assert.deepEqual(split(text), ['Spaced out heading', 'A sentence here.', 'Another one.']);
  });

  it('joins the lines of a hard-wrapped paragraph, as in text taken from a PDF', () => {
    const text = [
      'Health services',
      '',
      'The Department of Health and Social Care will recruit 26,000 more staff',
      'for primary care, and NHS England has pledged to cut waiting lists for',
      'planned treatment by March 2025. The plan also sets out how integrated',
      'care boards will be funded over the next two years, with money from the',
      'Treasury and from local authorities in England, Wales and Scotland.',
      'Local councils will publish their own plans for community care services',
      'within twelve months of the settlement being agreed by the Secretary of',
      'State for Health and Social Care in the usual way each financial year.',
      '',
      '- Faster diagnosis',
      '- More nurses',
    ].join('\n');
    assert.deepEqual(
      split(text).map((s) => s.replace(/\s+/g, ' ')),
      [
        'Health services',
        'The Department of Health and Social Care will recruit 26,000 more staff for primary care, and NHS England has pledged to cut waiting lists for planned treatment by March 2025.',
        'The plan also sets out how integrated care boards will be funded over the next two years, with money from the Treasury and from local authorities in England, Wales and Scotland.',
        'Local councils will publish their own plans for community care services within twelve months of the settlement being agreed by the Secretary of State for Health and Social Care in the usual way each financial year.',
        'Faster diagnosis',
        'More nurses',
      ],
    );
  });

  it('joins a line that ends open or is followed by a lower-case line, even in unwrapped text', () => {
    assert.deepEqual(split('The government will invest in the\nnew hospitals programme.\nA heading\nAnother heading'), [
      'The government will invest in the\nnew hospitals programme.',
      'A heading',
      'Another heading',
    ]);
  });

  it('keeps a heading and a list lead-in on their own lines', () => {
    assert.deepEqual(split('Australia’s Billion-Dollar Housing Boost\nThe government announced a plan.\nIt includes:\nmore homes'), [
      'Australia’s Billion-Dollar Housing Boost',
      'The government announced a plan.',
      'It includes:',
      'more homes',
    ]);
  });

  it('does not take a parenthesised acronym at the start of a line for a list marker', () => {
    assert.deepEqual(split('(FFP) programme launched.\n(b) Second item'), ['(FFP) programme launched.', 'Second item']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n \t\n'), []);
  });

  it('cuts a megabyte line without punctuation into bounded sentences covering all of it', () => {
    const text = 'word '.repeat(200_000);
    const spans = splitSentences(text);
    assert.ok(spans.length >= text.length / MAX_SENTENCE_LENGTH);
    for (const s of spans) assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH);
    assert.equal(spans[0].start, 0);
    assert.equal(spans[spans.length - 1].end, text.trimEnd().length);
  });

  it('splits a hundred thousand heading lines without punctuation, one sentence each', () => {
    const text = 'Heading Line\n'.repeat(100_000) + 'The end.';
    const spans = splitSentences(text);
    assert.equal(spans.length, 100_001);
    assert.equal(text.slice(spans[0].start, spans[0].end), 'Heading Line');
  });

  it('cuts a megabyte of open-ended wrapped lines, all joined, into bounded sentences', () => {
    const text = 'The government will fund new homes in the north of England and\n'.repeat(16_000);
    const spans = splitSentences(text);
    for (const s of spans) assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH);
    assert.ok(spans.length >= text.length / MAX_SENTENCE_LENGTH);
  });

  it('cuts a megabyte run without spaces at the length limit, never inside a surrogate pair', () => {
    const text = '😀'.repeat(500_000);
    const spans = splitSentences(text);
    for (const s of spans) {
      assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH);
      assert.equal(s.start % 2, 0);
    }
    assert.equal(spans[spans.length - 1].end, text.length);
  });
});
