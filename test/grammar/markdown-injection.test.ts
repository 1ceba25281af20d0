import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { MARKDOWN, highlighted, loadGrammar, tokenizeLines } from './tokenize';

/** The Markdown scopes (outermost first, the document scope left out) of the first token that starts `piece` in `text`. */
function markdownScopesAt(grammar: IGrammar, text: string, piece: string): string[] {
  for (const line of tokenizeLines(grammar, text)) {
    const start = line.text.indexOf(piece);
    const token = line.tokens.find((t) => t.startIndex === start);
    if (start >= 0 && token) return token.scopes.filter((s) => s !== MARKDOWN && !s.endsWith('.policy-lens'));
  }
  throw new Error(`no token starts "${piece}"`);
}

describe('policy-text grammar injected into Markdown', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(MARKDOWN);
  });

  it('highlights funding, commitments, recommendations, deadlines and acronyms in Markdown prose', () => {
    const text = [
      '# Stable Homes, Built on Love',
      '',
      'By 2027, we will spend £200m on Regional Care Co-operatives (RCCs).',
      '',
      '- The CMA recommends that councils should act by March 2025.',
      '',
      '> The review called for £2.6bn over five years.',
    ].join('\n');
    assert.deepEqual(highlighted(grammar, text, 'funding'), ['£200m', '£2.6bn']);
    assert.deepEqual(highlighted(grammar, text, 'commitment'), ['will']);
    assert.deepEqual(highlighted(grammar, text, 'recommendation'), ['recommends', 'should', 'called for']);
    assert.deepEqual(highlighted(grammar, text, 'deadline'), ['By 2027', 'by March 2025']);
    assert.deepEqual(highlighted(grammar, text, 'acronym'), ['RCCs', 'CMA']);
  });

  it('highlights inside headings, emphasis and link text', () => {
    const text = '## Recommendations for 2025-26\n\nThe department is investing **£10 million** in [RCCs](https://example.org/rccs).';
    assert.deepEqual(highlighted(grammar, text, 'recommendation'), ['Recommendations']);
    assert.deepEqual(highlighted(grammar, text, 'deadline'), ['2025-26']);
    assert.deepEqual(highlighted(grammar, text, 'funding'), ['£10 million']);
    assert.deepEqual(highlighted(grammar, text, 'acronym'), ['RCCs']);
  });

  it('keeps the Markdown structure when a line opens with a highlighted phrase', () => {
    const text = 'By 2027, every care-experienced child will have **loving** relationships.\n£5m for schools will follow.';
    assert.deepEqual(markdownScopesAt(grammar, text, 'By 2027'), ['meta.paragraph.markdown']);
    assert.deepEqual(markdownScopesAt(grammar, text, 'loving'), ['meta.paragraph.markdown', 'markup.bold.markdown']);
    assert.deepEqual(markdownScopesAt(grammar, text, '£5m'), ['meta.paragraph.markdown']);
  });

  it('leaves code blocks, inline code, link targets and HTML comments alone', () => {
    const text = [
      '```',
      'The DfE will pay £5m by 2027.',
      '```',
      '',
      '    The DfE will pay £5m by 2027.',
      '',
      'Run `pay £5m by 2027` then see <https://example.org/2025-26/will> or [the plan](https://example.org/CMA/2025-26).',
      '',
      '<!-- The DfE will pay £5m by 2027. -->',
    ].join('\n');
    for (const kind of ['funding', 'commitment', 'deadline', 'acronym'] as const) {
      assert.deepEqual(highlighted(grammar, text, kind), [], kind);
    }
  });
});
