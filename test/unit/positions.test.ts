import * as assert from 'node:assert/strict';
import { PositionIndex } from '../../src/core/positions';
import { snippet } from '../../src/core/snippet';

describe('PositionIndex', () => {
  it('gives 0-based lines and UTF-16 columns for offsets, across LF and CRLF lines', () => {
    const text = 'first\r\nsecond line\nthird';
    const index = new PositionIndex(text);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('line')), { line: 1, character: 7 });
    assert.deepEqual(index.positionAt(text.length), { line: 2, character: 5 });
  });
});

describe('snippet', () => {
  it('shows a short line whole, whitespace collapsed', () => {
    const text = 'Intro\nThe   Regional Care Co-operatives (RCCs) will start.\nNext';
    const start = text.indexOf('RCCs');
    assert.equal(snippet(text, { start, end: start + 4 }), 'The Regional Care Co-operatives (RCCs) will start.');
  });

  it('cuts a long line around the span at word boundaries, marking the cuts', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = [...words.slice(0, 40), 'FUNDING', ...words.slice(40)].join(' ');
    const start = text.indexOf('FUNDING');
    const result = snippet(text, { start, end: start + 7 }, 60);
    assert.ok(result.startsWith('…word'), result);
    assert.ok(result.endsWith('…'), result);
    assert.ok(result.includes('FUNDING'));
    assert.ok(result.length <= 70, result);
  });

  it('marks both cuts in a document on one long line, and shows a short line between two others whole', () => {
    const line = 'The council will invest in care. '.repeat(30_000);
    const start = line.indexOf('invest', 500_000);
    assert.equal(snippet(line, { start, end: start + 6 }, 20), '…will invest in…');
    const text = `Heading\n${'x '.repeat(10)}£5m here${' y'.repeat(10)}\nNext`;
    const at = text.indexOf('£5m');
    assert.equal(snippet(text, { start: at, end: at + 3 }, 60), `${'x '.repeat(10)}£5m here${' y'.repeat(10)}`);
  });

  it('shortens a span longer than the width to its beginning', () => {
    const sentence = 'We will invest in the workforce '.repeat(10).trim();
    const result = snippet(sentence, { start: 0, end: sentence.length }, 50);
    assert.ok(result.startsWith('We will invest'));
    assert.ok(result.endsWith('…'));
    assert.ok(result.length <= 52, result);
  });
});
