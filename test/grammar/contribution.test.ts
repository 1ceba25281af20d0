import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MARKDOWN, POLICY_TEXT } from './tokenize';

const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  contributes: {
    languages: { id: string; aliases?: string[]; extensions?: string[]; filenamePatterns?: string[] }[];
    grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
  };
}

function scopeNamesIn(grammarFile: string): string[] {
  const names = [...fs.readFileSync(path.join(ROOT, grammarFile), 'utf8').matchAll(/"name": "([a-z.-]+\.policy-lens)"/g)];
  return [...new Set(names.map((m) => m[1]))];
}

describe('policy-text grammar contribution', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const grammar = manifest.contributes.grammars.find((g) => g.scopeName === POLICY_TEXT);

  it('contributes the Policy Text language without claiming any file, since the extension picks corpus files itself', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'policy-text');
    assert.ok(language);
    assert.ok(language.aliases?.includes('Policy Text'));
    assert.equal(language.extensions, undefined);
    assert.equal(language.filenamePatterns, undefined);
  });

  it('contributes the grammar for the language and injects it into Markdown', () => {
    assert.equal(grammar?.language, 'policy-text');
    const injection = manifest.contributes.grammars.find((g) => g.injectTo?.includes(MARKDOWN));
    assert.ok(injection);
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, injection.path), 'utf8')) as { injectionSelector: string; patterns: unknown[] };
    assert.match(raw.injectionSelector, /^text\.html\.markdown /);
    assert.deepEqual(raw.patterns, [{ include: POLICY_TEXT }]);
  });

  it('names each kind in its scopes, and lists every scope in the README', () => {
    const scopes = scopeNamesIn(grammar?.path ?? '');
    for (const kind of ['funding', 'commitment', 'recommendation', 'deadline', 'acronym']) {
      assert.ok(scopes.some((s) => s.split('.').includes(kind)), kind);
    }
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const scope of scopes) assert.ok(readme.includes(`\`${scope}\``), scope);
  });
});
