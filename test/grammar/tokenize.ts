import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import type { IGrammar, IToken } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');

/** Scope name of the policy-text grammar. */
export const POLICY_TEXT = 'text.policy-lens';
/** Scope name of VS Code's Markdown grammar, into which the policy grammar is injected. */
export const MARKDOWN = 'text.html.markdown';

/** What the grammar highlights; each is a word in the scope names (`constant.numeric.funding.policy-lens`). */
export type Highlight = 'funding' | 'commitment' | 'recommendation' | 'deadline' | 'acronym';
const HIGHLIGHTS: readonly Highlight[] = ['funding', 'commitment', 'recommendation', 'deadline', 'acronym'];

export interface TokenizedLine {
  text: string;
  tokens: IToken[];
}

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

// The Markdown grammar is VS Code's own (microsoft/vscode-markdown-tm-grammar, MIT), kept as a fixture.
const MARKDOWN_GRAMMAR = path.join(ROOT, 'test/grammar/fixtures/markdown.tmLanguage');

let registry: Promise<Registry> | undefined;

/**
 * Loads a grammar the way VS Code does from this package.json: by scope name, with `injectTo`
 * injections applied, so `loadGrammar(MARKDOWN)` highlights policy text inside Markdown prose.
 */
export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  // The Oniguruma WebAssembly module can be loaded once per process, so every test shares one registry.
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}

/** Tokenizes text line by line as the editor does, carrying the rule stack from each line to the next. */
export function tokenizeLines(grammar: IGrammar, text: string): TokenizedLine[] {
  let stack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { text: line, tokens: result.tokens };
  });
}

/**
 * The pieces of text highlighted as `kind`, in order; neighbouring tokens of that kind join into one piece.
 * Example: `highlighted(grammar, 'It will cost £5m by 2027.', 'funding')` → `['£5m']`.
 */
export function highlighted(grammar: IGrammar, text: string, kind: Highlight): string[] {
  return highlights(grammar, text)[kind];
}

/** Every kind's highlighted pieces (see `highlighted`), from one pass of the tokenizer over `text`. */
export function highlights(grammar: IGrammar, text: string): Record<Highlight, string[]> {
  const found: Record<Highlight, string[]> = { funding: [], commitment: [], recommendation: [], deadline: [], acronym: [] };
  for (const line of tokenizeLines(grammar, text)) {
    let previous: Highlight | undefined;
    for (const token of line.tokens) {
      const piece = line.text.slice(token.startIndex, token.endIndex);
      const kind = HIGHLIGHTS.find((k) => token.scopes.some((scope) => isScopeOf(scope, k)));
      if (kind && kind === previous) found[kind][found[kind].length - 1] += piece;
      else if (kind) found[kind].push(piece);
      previous = kind;
    }
  }
  return found;
}

/**
 * The scopes of the first occurrence of `substring` in a one-line `line`, outermost first.
 * Throws when the tokens under the substring do not all carry the same scopes.
 * Example: `scopesOf(grammar, 'cost £5m', '£5m')` → `['text.policy-lens', 'constant.numeric.funding.policy-lens']`.
 */
export function scopesOf(grammar: IGrammar, line: string, substring: string): string[] {
  const start = line.indexOf(substring);
  if (start < 0) throw new Error(`"${substring}" is not in "${line}"`);
  const end = start + substring.length;
  const under = grammar.tokenizeLine(line, INITIAL).tokens.filter((t) => t.startIndex < end && t.endIndex > start);
  const scopes = under[0].scopes;
  if (under.some((t) => t.scopes.join(' ') !== scopes.join(' '))) {
    throw new Error(`"${substring}" spans tokens with different scopes: ${under.map((t) => t.scopes.join(' ')).join(' | ')}`);
  }
  return scopes;
}

function isScopeOf(scope: string, kind: Highlight): boolean {
  return scope.endsWith('.policy-lens') && scope.split('.').includes(kind);
}

function grammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes?: { grammars?: GrammarContribution[] };
  };
  return manifest.contributes?.grammars ?? [];
}

async function createRegistry(): Promise<Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const contributions = grammarContributions();
  const files = new Map<string, string>([
    ...contributions.map((c): [string, string] => [c.scopeName, path.join(ROOT, c.path)]),
    [MARKDOWN, MARKDOWN_GRAMMAR],
  ]);
  return new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = files.get(scopeName);
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => contributions.filter((c) => c.injectTo?.includes(scopeName)).map((c) => c.scopeName),
  });
}
