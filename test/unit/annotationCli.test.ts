import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, folderWith } from './cliRun';
import { parseSidecar } from '../../src/core/sidecarYaml';

const PLAN = 'The council will build 300 homes by 2026. The minister announced £45m for family hubs. The council will build 300 homes by 2026.\n';

function workspace(files: Record<string, string> = { 'plan.txt': PLAN }): string {
  return folderWith(files, 'policy-lens-annotate-');
}

interface ExportedMention {
  source?: string;
  id?: string;
  kind: string;
  start?: number;
  end?: number;
  text?: string;
  orphaned?: boolean;
  tags?: string[];
  status?: string;
  note?: string;
}

function annotationsIn(root: string): ExportedMention[] {
  const run = cli('scan', root, '--json');
  return (JSON.parse(run.stdout) as { mentions: ExportedMention[] }).mentions.filter((m) => m.source === 'annotation');
}

describe('policy-lens annotate', () => {
  it('adds an annotation to the sidecar next to the file and prints its id', () => {
    const root = workspace();
    const file = path.join(root, 'plan.txt');
    const run = cli('annotate', file, '--quote', '£45m', '--kind', 'funding', '--tag', 'family hubs', '--tag', 'funding/capital', '--note', 'new money?');
    assert.equal(run.code, 0, run.stderr);
    const id = run.stdout.trim();
    assert.match(id, /^[a-f0-9]{12}$/);
    const parsed = parseSidecar(fs.readFileSync(`${file}.annotations.yaml`, 'utf8'));
    assert.ok(parsed.ok);
    const [a] = parsed.sidecar.annotations;
    assert.equal(a.id, id);
    assert.deepEqual(a.tags, ['family hubs', 'funding/capital']);
    assert.equal(a.note, 'new money?');
    assert.deepEqual(a.anchor.position, { start: PLAN.indexOf('£45m'), end: PLAN.indexOf('£45m') + 4 });
  });

  it('exits 1 with a clear message when the quote is not in the file', () => {
    const root = workspace();
    const run = cli('annotate', path.join(root, 'plan.txt'), '--quote', '£99m', '--kind', 'funding');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /the quote is not in .*plan\.txt/);
    assert.equal(fs.existsSync(path.join(root, 'plan.txt.annotations.yaml')), false);
  });

  it('exits 1 for a repeated quote without --occurrence, and takes the one chosen with it', () => {
    const root = workspace();
    const file = path.join(root, 'plan.txt');
    const quote = 'The council will build 300 homes by 2026.';
    const ambiguous = cli('annotate', file, '--quote', quote, '--kind', 'commitment');
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /appears 2 times.*--occurrence 1 to 2/);
    const chosen = cli('annotate', file, '--quote', quote, '--occurrence', '2', '--kind', 'commitment', '--status', 'delayed');
    assert.equal(chosen.code, 0, chosen.stderr);
    const [m] = annotationsIn(root);
    assert.equal(m.start, PLAN.lastIndexOf(quote));
    assert.equal(m.status, 'delayed');
  });

  it('rejects an unknown status as a usage error', () => {
    const root = workspace();
    const run = cli('annotate', path.join(root, 'plan.txt'), '--quote', '£45m', '--kind', 'commitment', '--status', 'finished');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /announced, in progress, delivered, delayed, dropped/);
  });

  it('leaves an invalid sidecar untouched and names its line', () => {
    const corrupt = 'version: 1\nannotations:\n  - id: a1\n    kind: [\n';
    const root = workspace({ 'plan.txt': PLAN, 'plan.txt.annotations.yaml': corrupt });
    const run = cli('annotate', path.join(root, 'plan.txt'), '--quote', '£45m', '--kind', 'funding');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /plan\.txt\.annotations\.yaml:\d+: YAML/);
    assert.equal(fs.readFileSync(path.join(root, 'plan.txt.annotations.yaml'), 'utf8'), corrupt);
    assert.deepEqual(fs.readdirSync(root).sort(), ['plan.txt', 'plan.txt.annotations.yaml']);
  });
});

describe('policy-lens check', () => {
  it('exits 0 when every sidecar is valid', () => {
    const root = workspace();
    cli('annotate', path.join(root, 'plan.txt'), '--quote', '£45m', '--kind', 'funding');
    const run = cli('check', root);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.stdout, '');
  });

  it('prints path:line: message for each invalid sidecar, changes nothing, and exits 1', () => {
    const badVersion = 'version: 7\nannotations: []\n';
    const badYaml = 'version: 1\nannotations: [\n';
    const root = workspace({ 'a.txt': PLAN, 'a.txt.annotations.yaml': badVersion, 'sub/b.txt': PLAN, 'sub/b.txt.annotations.yaml': badYaml });
    const run = cli('check', root);
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`^${escape(path.join(root, 'a.txt.annotations.yaml'))}:1: version: unknown version 7`, 'm'));
    assert.match(run.stdout, new RegExp(`^${escape(path.join(root, 'sub/b.txt.annotations.yaml'))}:\\d+: YAML`, 'm'));
    assert.equal(fs.readFileSync(path.join(root, 'a.txt.annotations.yaml'), 'utf8'), badVersion);
    assert.equal(fs.readFileSync(path.join(root, 'sub/b.txt.annotations.yaml'), 'utf8'), badYaml);
  });

  it('reports a sidecar whose source file is missing', () => {
    const root = workspace();
    cli('annotate', path.join(root, 'plan.txt'), '--quote', '£45m', '--kind', 'funding');
    fs.renameSync(path.join(root, 'plan.txt'), path.join(root, 'renamed.txt'));
    const run = cli('check', root);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /plan\.txt\.annotations\.yaml:1: its source file .*plan\.txt does not exist/);
  });
});

describe('policy-lens scan with annotations', () => {
  it('exports annotations re-anchored after the document changed, and orphans whose text is gone', () => {
    const root = workspace();
    const file = path.join(root, 'plan.txt');
    const hubs = cli('annotate', file, '--quote', 'The minister announced £45m for family hubs.', '--kind', 'funding', '--tag', 'hubs').stdout.trim();
    const homes = cli('annotate', file, '--quote', '300 homes', '--occurrence', '1', '--kind', 'commitment', '--status', 'announced', '--note', 'n').stdout.trim();
    fs.writeFileSync(file, 'Foreword added later.\n\nThe minister announced £45m for family hubs. Nothing else remains.\n');
    const mentions = annotationsIn(root);
    const byId = new Map(mentions.map((m) => [m.id, m]));
    const moved = byId.get(hubs);
    assert.equal(moved?.text, 'The minister announced £45m for family hubs.');
    assert.equal(moved?.start, 'Foreword added later.\n\n'.length);
    assert.deepEqual(moved?.tags, ['hubs']);
    const orphan = byId.get(homes);
    assert.equal(orphan?.orphaned, true);
    assert.equal(orphan?.start, undefined);
    assert.equal(orphan?.status, 'announced');
    assert.equal(orphan?.note, 'n');
  });

  it('reports an invalid sidecar on stderr, skips it, and still prints the rest', () => {
    const root = workspace({ 'a.txt': PLAN, 'a.txt.annotations.yaml': 'version: 1\nannotations: 3\n', 'b.txt': PLAN });
    cli('annotate', path.join(root, 'b.txt'), '--quote', '£45m', '--kind', 'funding');
    const run = cli('scan', root, '--json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a\.txt\.annotations\.yaml:2: annotations/);
    const out = JSON.parse(run.stdout) as { documents: unknown[]; mentions: ExportedMention[] };
    assert.equal(out.documents.length, 2);
    assert.equal(out.mentions.filter((m) => m.source === 'annotation').length, 1);
  });
});


describe('policy-lens scan --csv and report with annotations', () => {
  const HUBS = 'The minister announced £45m for family hubs.';
  const HOMES = 'The council will build 300 homes by 2026.';

  /** A plan with an annotation on the hubs sentence and one on a sentence then deleted, so orphaned. */
  function annotatedPlan(): { root: string; file: string; hubs: string; homes: string } {
    const root = workspace({ 'plan.txt': PLAN, 'other.txt': 'The minister announced £3m for parks.\n' });
    const file = path.join(root, 'plan.txt');
    const hubs = cli('annotate', file, '--quote', HUBS, '--kind', 'funding', '--tag', 'hubs', '--tag', 'funding/capital', '--note', 'new money?').stdout.trim();
    const homes = cli('annotate', file, '--quote', HOMES, '--occurrence', '1', '--kind', 'commitment', '--status', 'delayed').stdout.trim();
    fs.writeFileSync(file, `Foreword added later.\n\n${HUBS} Nothing else remains.\n`);
    return { root, file, hubs, homes };
  }

  it('adds source, id, tags, status, note and orphaned columns, and annotation rows after their document', () => {
    const { root, file, hubs, homes } = annotatedPlan();
    const run = cli('scan', root, '--csv');
    assert.equal(run.code, 0, run.stderr);
    const [header, ...rows] = run.stdout.trimEnd().split('\r\n').map((r) => r.split(','));
    assert.deepEqual(header, [
      'document', 'line', 'kind', 'start', 'end', 'text', 'amount', 'currency', 'policy', 'actor', 'deadline', 'item', 'item_name',
      'source', 'id', 'tags', 'status', 'note', 'orphaned',
    ]);
    const record = (row: string[]): Record<string, string> => Object.fromEntries(header.map((c, i) => [c, row[i]]));
    const sources = rows.map((r) => `${path.basename(record(r).document)} ${record(r).source}`);
    assert.deepEqual([...new Set(sources)], ['other.txt extracted', 'plan.txt extracted', 'plan.txt annotation']);
    const annotations = rows.map(record).filter((r) => r.source === 'annotation');
    assert.deepEqual(annotations, [
      {
        document: file, line: '3', kind: 'funding', start: '23', end: String(23 + HUBS.length), text: HUBS,
        amount: '', currency: '', policy: '', actor: '', deadline: '', item: '', item_name: '',
        source: 'annotation', id: hubs, tags: 'funding/capital; hubs', status: '', note: 'new money?', orphaned: '',
      },
      {
        document: file, line: '', kind: 'commitment', start: '', end: '', text: '',
        amount: '', currency: '', policy: '', actor: '', deadline: '', item: '', item_name: '',
        source: 'annotation', id: homes, tags: '', status: 'delayed', note: '', orphaned: 'true',
      },
    ]);
  });

  it('lists annotations, then orphans with their last quote, in sections at the end of the report', () => {
    const { root, file } = annotatedPlan();
    const run = cli('scan', root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Policy Lens: 2 documents, .*, 2 annotations \(1 orphaned\)$/m);
    const tail = run.stdout.slice(run.stdout.indexOf('\nANNOTATIONS\n'));
    assert.equal(
      tail,
      [
        '',
        'ANNOTATIONS',
        `  ${file}:3  [funding] funding/capital, hubs`,
        `      "${HUBS}"`,
        '      note: new money?',
        '',
        'ORPHANED ANNOTATIONS (text no longer found)',
        `  ${file}  [commitment] (delayed)`,
        `      "${HOMES}"`,
        '',
      ].join('\n'),
    );
  });

  it('leaves both report sections out when there are no annotations', () => {
    const run = cli('scan', workspace());
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, /ANNOTATIONS/);
    assert.match(run.stdout, /^Policy Lens: .*recommendations?$/m);
  });

  for (const mode of [['--csv'], []]) {
    it(`names an invalid sidecar with its line and exits 1 ${mode.length ? 'with --csv' : 'for the report'}`, () => {
      const root = workspace({ 'a.txt': PLAN, 'a.txt.annotations.yaml': 'version: 1\nannotations: 3\n', 'b.txt': PLAN });
      cli('annotate', path.join(root, 'b.txt'), '--quote', '£45m', '--kind', 'funding');
      const run = cli('scan', root, ...mode);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /a\.txt\.annotations\.yaml:2: annotations/);
      assert.match(run.stdout, /£45m/);
      assert.match(run.stdout, mode.length ? /,annotation,/ : /^ANNOTATIONS$/m);
    });
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
