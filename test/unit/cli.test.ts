import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, folderWith } from './cliRun';

const folder = (files: Record<string, string | Uint8Array>): string => folderWith(files);

const POLICY = 'The government will invest £45m in family hubs by 2025. The review recommends a new framework.\n';

describe('policy-lens command line', () => {
  it('explains itself with --help and exits 0', () => {
    const run = cli('--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /policy-lens <command>/);
    assert.match(run.stdout, /scan <folder>/);
  });

  it('explains the scan options with scan --help', () => {
    const run = cli('scan', '--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--json/);
    assert.match(run.stdout, /--csv/);
    assert.match(run.stdout, /Exit codes/);
  });

  it('exits 2 with usage for no command, an unknown command, an unknown option or a missing folder', () => {
    assert.equal(cli().code, 2);
    assert.equal(cli('frobnicate').code, 2);
    const unknown = cli('scan', 'seeds', '--jsn');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --jsn/);
    const missing = cli('scan', path.join(os.tmpdir(), 'policy-lens-no-such-folder'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such folder/);
  });

  it('prints the evaluation JSON shape with document, kind, offsets and text for every mention', () => {
    const root = folder({ 'a.txt': POLICY });
    const run = cli('scan', root, '--json');
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { documents: { path: string }[]; mentions: Record<string, unknown>[]; items: unknown[] };
    assert.deepEqual(Object.keys(out), ['documents', 'mentions', 'items']);
    assert.equal(out.documents.length, 1);
    const funding = out.mentions.find((m) => m.kind === 'funding');
    assert.ok(funding, 'a funding mention');
    assert.equal(funding.text, '£45m');
    assert.equal(funding.amount, 45_000_000);
    assert.equal(funding.currency, 'GBP');
    assert.equal(POLICY.slice(funding.start as number, funding.end as number), '£45m');
    assert.ok(out.mentions.some((m) => m.kind === 'commitment'));
  });

  it('reads .txt and .md files recursively, and nothing in node_modules or .git', () => {
    const root = folder({ 'a.txt': POLICY, 'deep/er/b.md': POLICY, 'c.pdf': POLICY, 'node_modules/x/d.txt': POLICY, '.git/e.txt': POLICY });
    const out = JSON.parse(cli('scan', root, '--json').stdout) as { documents: { path: string }[] };
    assert.deepEqual(
      out.documents.map((d) => path.relative(root, d.path).split(path.sep).join('/')),
      ['a.txt', 'deep/er/b.md'],
    );
  });

  it('says so for an empty folder and prints an empty result', () => {
    const run = cli('scan', folder({}), '--json');
    assert.equal(run.code, 0);
    assert.match(run.stderr, /no \.txt or \.md files/);
    assert.deepEqual(JSON.parse(run.stdout), { documents: [], mentions: [], items: [] });
  });

  it('skips a binary file, names it on stderr, exits 1 and still scans the rest', () => {
    const root = folder({ 'a.txt': POLICY, 'b.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]) });
    const run = cli('scan', root, '--json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /b\.txt: binary file/);
    assert.equal((JSON.parse(run.stdout) as { documents: unknown[] }).documents.length, 1);
  });

  it('skips a 50 MB file with a clear message without reading it', () => {
    const root = folder({ 'a.txt': POLICY });
    fs.writeFileSync(path.join(root, 'huge.txt'), '');
    fs.truncateSync(path.join(root, 'huge.txt'), 50 * 1024 * 1024);
    const run = cli('scan', root, '--json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /huge\.txt: 50\.0 MB is over the 32\.0 MB limit/);
    assert.equal((JSON.parse(run.stdout) as { documents: unknown[] }).documents.length, 1);
  });

  it('reads Windows-1252 text with a warning, keeping the pound sign', () => {
    const latin = Uint8Array.from([...Buffer.from('The council will spend '), 0xa3, ...Buffer.from('5m on roads.\n')]);
    const run = cli('scan', folder({ 'old.txt': latin }), '--json');
    assert.equal(run.code, 0);
    assert.match(run.stderr, /old\.txt: not valid UTF-8; read as Windows-1252/);
    const out = JSON.parse(run.stdout) as { mentions: { kind: string; text: string }[] };
    assert.ok(out.mentions.some((m) => m.kind === 'funding' && m.text === '£5m'));
  });

  it('scans a document with a 1 MB line', () => {
    const line = 'the scheme will fund local projects and '.repeat(26_000) + 'costs £3m.\n';
    const run = cli('scan', folder({ 'long.txt': line }), '--json');
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout) as { mentions: { kind: string; text: string }[] };
    assert.ok(out.mentions.some((m) => m.kind === 'funding' && m.text === '£3m'));
  });

  it('writes one CSV row per mention, with a header', () => {
    const root = folder({ 'a.txt': POLICY });
    const csv = cli('scan', root, '--csv').stdout.trimEnd().split('\r\n');
    const json = JSON.parse(cli('scan', root, '--json').stdout) as { mentions: unknown[] };
    assert.match(csv[0], /^document,line,kind,start,end,text,amount,currency,policy/);
    assert.equal(csv.length - 1, json.mentions.length);
  });

  it('prints a report to read without --json', () => {
    const run = cli('scan', folder({ 'a.txt': POLICY }));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /FUNDING/);
    assert.match(run.stdout, /£45m \(GBP 45,000,000\)/);
    assert.match(run.stdout, /COMMITMENTS/);
  });
});
