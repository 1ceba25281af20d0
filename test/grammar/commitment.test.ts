import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, loadGrammar, scopesOf } from './tokenize';

describe('policy-text grammar: commitment phrases', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });
  const commitments = (text: string) => highlighted(grammar, text, 'commitment');

  it('scopes a commitment as keyword.control.commitment.policy-lens, coloured apart from recommendations', () => {
    const line = 'the government will work with the sector';
    assert.deepEqual(scopesOf(grammar, line, 'will'), [POLICY_TEXT, 'keyword.control.commitment.policy-lens']);
  });

  it('highlights will and shall', () => {
    assert.deepEqual(
      commitments('The children’s minister revealed that the government will work with the sector to develop a National Children’s Social Care Framework.'),
      ['will'],
    );
    assert.deepEqual(commitments('The Secretary of State shall publish a report each year.'), ['shall']);
    assert.deepEqual(commitments('“We’ll bring bills down,” she said.'), ['We’ll']);
  });

  it('highlights pledges, vows, promises and announcements', () => {
    assert.deepEqual(
      commitments('Responding to the review, the Department for Education has vowed that “vulnerable children and families in England will be better supported”.'),
      ['vowed', 'will'],
    );
    assert.deepEqual(
      commitments('Announcing his Autumn Budget and three-year CSR - the first since 2015 - Sunak pledged £560m for youth services.'),
      ['Announcing', 'pledged'],
    );
    assert.deepEqual(
      commitments('The Government’s Warm Homes Plan has been announced, with £15bn promised to households across the UK over the next five years.'),
      ['announced', 'promised'],
    );
  });

  it('highlights committed to, is investing, plans to and aims to', () => {
    assert.deepEqual(commitments('The Government has committed to end rough sleeping.'), ['has committed to']);
    assert.deepEqual(
      commitments('In addition, the department is investing £10 million to develop Regional Care Co-operatives (RCCs).'),
      ['is investing'],
    );
    assert.deepEqual(
      commitments('The £15 billion programme aims to cut bills and reliance on fossil fuels and reduce carbon emissions.'),
      ['aims to'],
    );
    assert.deepEqual(
      commitments('“We will set out robust plans to refocus the support social workers receive early on,” he added.'),
      ['will', 'plans to'],
    );
    assert.deepEqual(
      commitments('Professional development and support for social workers is set to be implemented by government.'),
      ['is set to'],
    );
  });

  it('highlights launches, confirmations and plans laid out', () => {
    assert.deepEqual(
      commitments('DfE has launched a consultation on proposals around the use of agency social workers by local authorities.'),
      ['launched'],
    );
    assert.deepEqual(
      commitments('The Department for Education confirmed the extension of the Holiday Activities and Food programme.'),
      ['confirmed'],
    );
    assert.deepEqual(
      commitments('The government has laid out a £200m package of measures to “fix” children’s social care over the next two years.'),
      ['has laid out'],
    );
    assert.deepEqual(
      commitments('‘That’s why we’re investing half a billion pounds to help people save money amid cost of living pressures.'),
      ['we’re investing'],
    );
  });

  it('highlights the will of a mission statement with a target date', () => {
    assert.deepEqual(
      commitments('Mission 2: By 2027, we will see an increase in the number of children able to stay with their families.'),
      ['will'],
    );
  });

  it('leaves Will as a name, willing, goodwill and the noun will alone', () => {
    assert.deepEqual(
      commitments('Children’s minister Will Quince has set out his priorities in response to the independent review.'),
      ['has set out'],
    );
    assert.deepEqual(commitments('Providers are willing to help, relying on the goodwill of staff.'), []);
    assert.deepEqual(commitments('It takes political will and the will of the people.'), []);
    assert.deepEqual(commitments('The announcement came with a promising start.'), []);
  });
});
