import * as assert from 'node:assert/strict';
import { globToRegExp, PathFilter } from '../../src/core/glob';

describe('globToRegExp', () => {
  it('matches text and Markdown files at any depth with the default corpus glob', () => {
    const re = globToRegExp('**/*.{txt,md}');
    assert.ok(re.test('a.txt'));
    assert.ok(re.test('seeds/reports/b.md'));
    assert.ok(!re.test('seeds/c.txt.annotations.yaml'));
    assert.ok(!re.test('seeds/d.pdf'));
  });

  it('keeps a single star inside one folder', () => {
    assert.ok(globToRegExp('seeds/*.txt').test('seeds/a.txt'));
    assert.ok(!globToRegExp('seeds/*.txt').test('seeds/old/a.txt'));
  });

  it('matches a folder anywhere with a leading and trailing double star', () => {
    const re = globToRegExp('**/node_modules/**');
    assert.ok(re.test('node_modules/x/readme.md'));
    assert.ok(re.test('pkg/node_modules/x/readme.md'));
    assert.ok(!re.test('pkg/not_node_modules/readme.md'));
  });

  it('supports nested braces, character classes and question marks', () => {
    assert.ok(globToRegExp('**/{out,dist,{build,target}}/**').test('a/target/b.txt'));
    assert.ok(globToRegExp('d[0-9][0-9]_*.txt').test('d07_kent.txt'));
    assert.ok(globToRegExp('d?.txt').test('d1.txt'));
    assert.ok(!globToRegExp('d?.txt').test('d/.txt'));
  });

  it('treats regular-expression characters in names literally and ignores case', () => {
    assert.ok(globToRegExp('notes (draft)+.TXT').test('notes (draft)+.txt'));
    assert.ok(!globToRegExp('a.txt').test('abtxt'));
  });
});

describe('PathFilter', () => {
  it('takes a path that an include glob matches and no exclude glob matches', () => {
    const filter = new PathFilter(['**/*.{txt,md}'], ['**/node_modules/**', '**/.git/**', '**/out/**']);
    assert.ok(filter.matches('seeds/000.txt'));
    assert.ok(!filter.matches('out/test/report.md'));
    assert.ok(!filter.matches('node_modules/lib/README.md'));
    assert.ok(!filter.matches('seeds/000.yaml'));
  });

  it('prunes a folder whose contents are all excluded, and only such a folder', () => {
    const filter = new PathFilter(['**/*.{txt,md}'], ['**/node_modules/**', '**/.git/**']);
    assert.ok(filter.prunes('node_modules'));
    assert.ok(filter.prunes('reports/node_modules/lib'));
    assert.ok(!filter.prunes('reports'));
    assert.ok(!filter.prunes('reports/node_modules_notes'));
  });
});
