import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, highlights, loadGrammar, tokenizeLines } from './tokenize';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/policy-text.tmLanguage.json');

interface RawRule {
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  patterns?: RawRule[];
}

function rulesOf(grammar: { patterns: RawRule[]; repository: Record<string, RawRule> }): RawRule[] {
  const flatten = (rule: RawRule): RawRule[] => [rule, ...(rule.patterns ?? []).flatMap(flatten)];
  return [...grammar.patterns, ...Object.values(grammar.repository)].flatMap(flatten);
}

/** The quantifiers of a regular expression that have no upper bound (`*`, `+`, `{n,}`), escapes and character classes aside. */
function unboundedQuantifiers(source: string): string[] {
  const bare = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return bare.match(/[*+]|\{\d+,\}/g) ?? [];
}

function corpusText(): string {
  const dirs = ['seeds', 'test/fixtures/dev/docs'];
  return dirs
    .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).map((f) => path.join(ROOT, dir, f)))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('policy-text grammar on large input', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });

  it('uses only single-line match rules, so no state is carried from one line to the next', () => {
    const rules = rulesOf(JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8')));
    assert.ok(rules.some((rule) => rule.match));
    assert.deepEqual(rules.filter((rule) => rule.begin ?? rule.end ?? rule.while), []);
  });

  it('bounds every quantifier, so no match attempt can run along the whole line', () => {
    const rules = rulesOf(JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8')));
    for (const rule of rules.filter((r) => r.match)) {
      assert.deepEqual(unboundedQuantifiers(rule.match ?? ''), [], rule.match);
    }
  });

  it('tokenizes a 200 KB line of policy sentences to its end', () => {
    const sentence =
      'By 2027, the government will invest £2.6bn (US$3.2 billion) in RCCs, as the CMA recommends, over the next two years. ';
    const line = sentence.repeat(Math.ceil(200_000 / sentence.length));
    const [tokenized] = tokenizeLines(grammar, line);
    assert.ok((tokenized.tokens.at(-1)?.endIndex ?? 0) >= line.length);
    const copies = line.length / sentence.length;
    assert.equal(highlighted(grammar, line, 'funding').length, 2 * copies);
    assert.equal(highlighted(grammar, line, 'deadline').length, 2 * copies);
  });

  it('tokenizes 200 KB lines built to make a backtracking pattern stall', () => {
    const hostile = [
      '£' + '1,'.repeat(100_000),
      '£' + '9'.repeat(200_000),
      '1'.repeat(200_000) + ' pounds',
      'by the end of the '.repeat(11_000),
      'A'.repeat(200_000),
      'Ab'.repeat(100_000),
      '2025-'.repeat(40_000),
      'will '.repeat(40_000),
    ];
    for (const line of hostile) {
      const [tokenized] = tokenizeLines(grammar, line);
      assert.ok((tokenized.tokens.at(-1)?.endIndex ?? 0) >= line.length, line.slice(0, 20));
    }
  });

  it('tokenizes 5 MB of policy text line by line, finding the same highlights in every copy', function () {
    // A generous budget for a slow shared machine; the assertions are on the results only.
    this.timeout(300_000);
    const copy = corpusText();
    const copies = Math.ceil(5_000_000 / copy.length);
    const text = Array.from({ length: copies }, () => copy).join('\n');
    assert.ok(text.length >= 5_000_000);
    const once = highlights(grammar, copy);
    const all = highlights(grammar, text);
    for (const kind of ['funding', 'commitment', 'recommendation', 'deadline', 'acronym'] as const) {
      assert.ok(once[kind].length > 0, kind);
      assert.equal(all[kind].length, copies * once[kind].length, kind);
    }
  });
});
