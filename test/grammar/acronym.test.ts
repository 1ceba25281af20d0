import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, loadGrammar, scopesOf } from './tokenize';

describe('policy-text grammar: acronyms', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });
  const acronyms = (text: string) => highlighted(grammar, text, 'acronym');

  it('scopes an acronym as entity.name.type.acronym.policy-lens', () => {
    const line = 'Following the CMA report and independent review';
    assert.deepEqual(scopesOf(grammar, line, 'CMA'), [POLICY_TEXT, 'entity.name.type.acronym.policy-lens']);
  });

  it('highlights capitals, mixed-case abbreviations and plurals', () => {
    assert.deepEqual(
      acronyms('DfE researching children’s homes workforce following CMA report and independent review'),
      ['DfE', 'CMA'],
    );
    assert.deepEqual(
      acronyms('In addition, the department is investing £10 million to develop Regional Care Co-operatives (RCCs) to plan placements.'),
      ['RCCs'],
    );
    assert.deepEqual(acronyms('MPs, NHS dentists, MHCLG and the UK’s COVID-19 recovery'), ['MPs', 'NHS', 'MHCLG', 'UK', 'COVID']);
  });

  it('leaves names, ordinary capitalised words and single letters alone', () => {
    assert.deepEqual(acronyms('Ofsted, McDonald and the iPhone; A new Board; I said'), []);
  });

  it('leaves a run of shouted words alone, and does not take US$ for an acronym', () => {
    assert.deepEqual(acronyms('SIGN UP'), []);
    assert.deepEqual(acronyms('Can$101.4 billion (US$80.9 billion)'), []);
  });
});
