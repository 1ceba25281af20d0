import * as assert from 'node:assert/strict';
import { TextCues } from '../../src/core/cues';
import { findDeadline } from '../../src/core/deadline';

describe('finding the deadline of a commitment', () => {
  const cases: [string, string][] = [
    ['Mission 1: By 2027, every care-experienced child will feel they have strong relationships.', 'By 2027'],
    ['An implementation strategy, to be published before the end of 2022.', 'before the end of 2022'],
    ['The department will consult on statutory guidance in Spring 2024.', 'in Spring 2024'],
    ['Councils will receive £600m from 2026-29 to support local bus routes.', 'from 2026-29'],
    ['The government has laid out a £200m package to fix children’s social care over the next two years.', 'over the next two years'],
    ['The department expects to complete the rollout by the end of this Parliament.', 'by the end of this Parliament'],
    ['Education Secretary Gillian Keegan confirmed that the programme would continue in 2025-26.', 'in 2025-26'],
    ['He said he would publish the plan within 12 months.', 'within 12 months'],
    ['NHS England has pledged to eliminate long waits by March 2024.', 'by March 2024'],
    ['The programme will invest over £45 million from July 2023 to March 2025.', 'from July 2023 to March 2025'],
    ['A new cap of £2.50 will be in place until 30 November 2024.', 'until 30 November 2024'],
    ['Further details will be set out later this year.', 'later this year'],
    ['Canada unveils a target for reducing emissions by 36 percent from 2005 levels by 2030.', 'by 2030'],
    ['Hubs will roll out in every local authority by April 2026 and reach 1,000 by the end of 2028.', 'by April 2026'],
    ['Funding is backed by over £500 million for the 2025/26 financial year, and will continue.', 'for the 2025/26 financial year'],
    ['The government will halve the backlog by the end of the decade.', 'by the end of the decade'],
    ['Ministers will publish the plan by the end of the year.', 'by the end of the year'],
    ['The review will report before the next general election.', 'before the next general election'],
    ['The Government will publish its response in the spring.', 'in the spring'],
  ];
  for (const [sentence, deadline] of cases) {
    it(`finds "${deadline}" in "${sentence}"`, () => assert.equal(findDeadline(sentence), deadline));
  }

  it('finds the same deadline when told where in the sentence time phrases may start', () => {
    for (const [sentence, deadline] of cases) {
      const cues = new TextCues(sentence);
      cues.of(sentence, 0, sentence.length);
      assert.equal(findDeadline(sentence, cues.deadlineWordsIn(0, sentence.length)), deadline, sentence);
    }
  });

  it('prefers a "by" or "before" deadline to a start date', () => {
    assert.equal(findDeadline('From April 2025 the scheme will expand, reaching every council by 2028.'), 'by 2028');
  });

  it('does not take a past date for a deadline', () => {
    assert.equal(findDeadline('The initiative, which was announced in February 2023, funds local councils.'), undefined);
    assert.equal(findDeadline('The new strategy meets commitments in a plan published earlier this year.'), undefined);
  });

  it('finds nothing when the sentence gives no time', () => {
    assert.equal(findDeadline('The government will work with local authorities to recruit more foster carers.'), undefined);
    assert.equal(findDeadline('Spending rose by 11.1% to ₹11,11,111 crore.'), undefined);
  });
});
