import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, loadGrammar, scopesOf } from './tokenize';

describe('policy-text grammar: recommendation phrases', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });
  const recommendations = (text: string) => highlighted(grammar, text, 'recommendation');

  it('scopes a recommendation as keyword.other.recommendation.policy-lens', () => {
    const line = 'the review should be implemented';
    assert.deepEqual(scopesOf(grammar, line, 'should'), [POLICY_TEXT, 'keyword.other.recommendation.policy-lens']);
  });

  it('highlights every form of recommend', () => {
    assert.deepEqual(
      recommendations('Mr Quince addressed Parliament and welcomed the recommendations set out in the Competition and Markets Authority report.'),
      ['recommendations'],
    );
    assert.deepEqual(
      recommendations('A new National Implementation Board will oversee changes recommended in the Care Review.'),
      ['recommended'],
    );
    assert.deepEqual(recommendations('Recommendation 4: The review recommends a new Early Career Framework.'), ['Recommendation', 'recommends']);
  });

  it('highlights calls, urging and proposals', () => {
    assert.deepEqual(
      recommendations('“The Review is bold and broad, calling for a reset of the system so that it acts decisively in response to abuse,” said Mr Quince.'),
      ['calling for'],
    );
    assert.deepEqual(recommendations('The committee called on the government to publish its workforce strategy.'), ['called on']);
    assert.deepEqual(
      recommendations('Parents are being urged to sign up to a Government programme which aims to ensure children have access to healthy food.'),
      ['urged'],
    );
    assert.deepEqual(
      recommendations('The Commission proposes to make €11.5 billion available, in line with its proposals.'),
      ['proposes', 'proposals'],
    );
    assert.deepEqual(recommendations('Doctors are pressing for a ban, and farmers have lobbied for a review.'), ['pressing for', 'lobbied for']);
    assert.deepEqual(recommendations('The council pressed on with the plan.'), []);
  });

  it('highlights normative must, should and needs to', () => {
    assert.deepEqual(
      recommendations('“Much now rests on the promised energy advice service, which must be a major undertaking that reaches millions of households.'),
      ['must'],
    );
    assert.deepEqual(recommendations('Councils should not place children in unregistered homes.'), ['should']);
    assert.deepEqual(recommendations('The sector needs to recruit 6,000 more foster carers.'), ['needs to']);
    assert.deepEqual(recommendations('It is vital that the reforms are properly funded.'), ['It is vital that']);
    assert.deepEqual(
      recommendations('Hayes said: "I welcome the review’s conclusion that a total reset of children’s social care is needed.'),
      ['is needed'],
    );
    assert.deepEqual(
      recommendations('Commissioner Johannes Hahn said: “For our path to recovery it will be crucial that additional funds flow quickly.'),
      ['it will be crucial that'],
    );
  });

  it('leaves shoulder, mustard, a conditional Should and the noun need alone', () => {
    assert.deepEqual(recommendations('Councils shoulder the cost of mustard-yellow school buses.'), []);
    assert.deepEqual(recommendations('Should the plan fail, councils would be left short.'), []);
    assert.deepEqual(recommendations('we must not underestimate the need to act'), ['must']);
    assert.deepEqual(recommendations('families in need to get support'), []);
  });
});
