import * as assert from 'node:assert/strict';
import type { Annotation, Sidecar } from '../../src/core/annotation';
import { MAX_SIDECAR_BYTES, sidecarPathFor, sourcePathOf } from '../../src/core/sidecar';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecarYaml';

function annotation(id: string, start: number, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    kind: 'commitment',
    tags: ['workforce/recruitment'],
    status: 'announced',
    note: 'Check the 2027 progress report: "500" may be a typo.\nSecond line.',
    author: 'researcher',
    created: '2026-01-02T03:04:05.000Z',
    modified: '2026-01-02T03:04:05.000Z',
    anchor: { quote: { exact: 'will recruit', prefix: 'The government ', suffix: ' 500 more' }, position: { start, end: start + 12 } },
    ...overrides,
  };
}

function problemsOf(text: string): { line: number; message: string }[] {
  const parsed = parseSidecar(text);
  assert.equal(parsed.ok, false, 'the sidecar is rejected');
  return parsed.ok ? [] : parsed.problems;
}

describe('the annotations sidecar format', () => {
  it('is named after its source file', () => {
    assert.equal(sidecarPathFor('seeds/003.txt'), 'seeds/003.txt.annotations.yaml');
    assert.equal(sourcePathOf('seeds/003.txt.annotations.yaml'), 'seeds/003.txt');
    assert.equal(sourcePathOf('seeds/003.txt'), undefined);
  });

  it('round-trips every field', () => {
    const sidecar: Sidecar = {
      version: 1,
      annotations: [annotation('b2', 40), annotation('a1', 10, { kind: 'my own kind', tags: [], status: undefined, note: undefined, orphaned: true })],
    };
    delete sidecar.annotations[1].status;
    delete sidecar.annotations[1].note;
    const parsed = parseSidecar(serializeSidecar(sidecar));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.annotations, [sidecar.annotations[1], sidecar.annotations[0]]);
  });

  it('writes the same bytes whatever the order annotations and keys came in', () => {
    const a = annotation('a1', 10);
    const b = annotation('b2', 40);
    const shuffled = JSON.parse(JSON.stringify({ ...b, anchor: b.anchor, id: b.id })) as Annotation;
    const one = serializeSidecar({ version: 1, annotations: [a, b] });
    const two = serializeSidecar({ version: 1, annotations: [shuffled, a] });
    assert.equal(one, two);
    assert.ok(one.indexOf('id: a1') < one.indexOf('id: b2'), 'sorted by position');
  });

  it('reads an empty file as a sidecar with no annotations', () => {
    const parsed = parseSidecar('');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.annotations, []);
  });

  it('reports bad YAML with its line', () => {
    const problems = problemsOf('version: 1\nannotations:\n  - id: a1\n    kind: [unclosed\n');
    assert.ok(problems[0].line >= 4, `line ${problems[0].line}`);
    assert.match(problems[0].message, /^YAML/);
  });

  it('reports a value of the wrong type with the line it is on', () => {
    const text = serializeSidecar({ version: 1, annotations: [annotation('a1', 10)] }).replace('start: 10', 'start: "ten"');
    const problems = problemsOf(text);
    const line = text.split('\n').findIndex((l) => l.includes('start: "ten"')) + 1;
    assert.equal(problems[0].line, line);
    assert.match(problems[0].message, /annotations\[0\]\.anchor\.position\.start/);
  });

  it('reports a missing field at the annotation that lacks it', () => {
    const text = serializeSidecar({ version: 1, annotations: [annotation('a1', 10)] }).replace(/ {4}kind: commitment\n/, '');
    const problems = problemsOf(text);
    assert.equal(problems[0].line, text.split('\n').findIndex((l) => l.includes('id: a1')) + 1);
    assert.match(problems[0].message, /kind/);
  });

  it('rejects an unknown version, naming the version it reads', () => {
    const problems = problemsOf('version: 2\nannotations: []\n');
    assert.equal(problems[0].line, 1);
    assert.match(problems[0].message, /unknown version 2/);
  });

  it('rejects unknown keys, which a rewrite would otherwise drop', () => {
    const text = serializeSidecar({ version: 1, annotations: [annotation('a1', 10)] }).replace('    kind: commitment\n', '    kind: commitment\n    stauts: delivered\n');
    assert.match(problemsOf(text)[0].message, /stauts/);
  });

  it('rejects duplicate ids and invalid statuses', () => {
    const twice = serializeSidecar({ version: 1, annotations: [annotation('a1', 10), annotation('a1', 40)] });
    assert.match(problemsOf(twice)[0].message, /duplicate id "a1"/);
    const status = serializeSidecar({ version: 1, annotations: [annotation('a1', 10)] }).replace('status: announced', 'status: finished');
    assert.match(problemsOf(status)[0].message, /status/);
  });

  it('refuses a very large file without parsing it', () => {
    const problems = problemsOf('#'.repeat(MAX_SIDECAR_BYTES + 1));
    assert.match(problems[0].message, /too large/);
  });

  it('refuses YAML aliases that expand exponentially', () => {
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
      'version: 1',
      'annotations: [*g]',
    ].join('\n');
    const problems = problemsOf(bomb);
    assert.match(problems[0].message, /alias/i);
    assert.equal(problems[0].line, 2);
  });
});
