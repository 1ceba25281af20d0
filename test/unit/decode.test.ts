import * as assert from 'node:assert/strict';
import { nodeUtf8 } from '../../src/cli/files';
import { decodeText, readUtf8 } from '../../src/core/decode';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and keeps a leading byte-order mark, so offsets match the file', () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, 0x41));
    assert.deepEqual(decoded, { ok: true, text: '\ufeffA' });
  });

  it('reads UTF-16 with a byte-order mark, without the mark', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x41, 0x00)), { ok: true, text: 'A' });
    assert.deepEqual(decodeText(bytes(0xfe, 0xff, 0x00, 0x41)), { ok: true, text: 'A' });
  });

  it('skips a file with NUL bytes as binary', () => {
    assert.deepEqual(decodeText(bytes(0x41, 0x00, 0x42)), { ok: false, reason: 'binary file (it contains NUL bytes)' });
  });

  it('reads other bytes as Windows-1252, with a warning', () => {
    assert.deepEqual(decodeText(bytes(0xa3, 0x35, 0x6d)), { ok: true, text: '£5m', warning: 'not valid UTF-8; read as Windows-1252' });
  });

  it('skips a file over the size limit', () => {
    const decoded = decodeText(utf8('x'.repeat(2048)), 1024);
    assert.equal(decoded.ok, false);
  });

  it('gives the same text with the CLI’s UTF-8 reader as with the portable one', () => {
    const samples = [
      utf8('plain ASCII text'),
      utf8('£5m for children’s services — café 😀'),
      bytes(0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x80, 0x99),
      utf8('\ufeff in the middle, and \ufffe \uffff'),
      bytes(),
      bytes(0xa3, 0x35),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xe2, 0x80),
    ];
    for (const sample of samples) {
      assert.equal(nodeUtf8(sample), readUtf8(sample), `bytes ${[...sample].join(' ')}`);
      assert.deepEqual(decodeText(sample, undefined, nodeUtf8), decodeText(sample));
    }
  });
});
