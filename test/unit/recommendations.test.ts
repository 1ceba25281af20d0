import * as assert from 'node:assert/strict';
import { isDemand, isRecommendation } from '../../src/core/recommendations';

function accepts(sentences: string[]): void {
  for (const s of sentences) assert.equal(isRecommendation(s), true, s);
}

function rejects(sentences: string[]): void {
  for (const s of sentences) assert.equal(isRecommendation(s), false, s);
}

describe('classifying recommendations', () => {
  it('accepts sentences that make or report a recommendation', () => {
    accepts([
      'The committee recommends that the government publish a long-term workforce plan.',
      'Care Review chair Josh MacAlister today published the final recommendations from his review.',
      'The government will take forward the review’s recommendation for an Early Career Framework.',
      'The inquiry’s key recommendation is that a single regulator be created.',
    ]);
  });

  it('accepts calls for action, urging and demands', () => {
    accepts([
      'The charity called on the government to scrap the two-child benefit limit.',
      'In July, the charity called for the programme to be maintained after March 2026.',
      'BASW England urged the government to “avoid reliance on further pilot schemes”.',
      'Doctors’ leaders have demanded a pay rise of 35%.',
      'So let’s seize this chance to do better.',
    ]);
  });

  it('accepts pressing for something, advising someone to act and wanting an authority to act', () => {
    accepts([
      'Doctors are pressing for a ban on junk food adverts.',
      'Farmers have lobbied for a review of the subsidy rules.',
      'The panel advised the minister to delay the scheme.',
      'Campaigners want the government to scrap the two-child limit.',
      'MPs have asked the government to reconsider.',
      'The watchdog has told the company to repay customers.',
      'The ombudsman ordered the council to apologise and pay £500.',
      'I hope the Minister will look carefully at this amendment.',
      'We are asking ministers to act now, and asking for a fair deal.',
    ]);
    rejects([
      'The council pressed on with the plan.',
      'We want to build 300,000 homes a year.',
      'We want every child to get the support they need.',
      'The department advised that the scheme had closed.',
      'Asked whether the government would act, she said no.',
      'Ministers told MPs they would act.',
      'We will reform the funding system so money goes where it is needed most.',
      'We hope to open the centre next year.',
    ]);
  });

  it('accepts normative should, must, needs to and it is vital that', () => {
    accepts([
      'Ministers should prioritise investment in community care.',
      'The watchdog said the NHS must improve its handling of complaints.',
      'More needs to be done to help renters facing eviction.',
      'Congressional action is needed on other pieces of the plan.',
      '“It is vital that the Government uses the forthcoming Spending Review to fund councils.”',
      'It also has recommendations, saying it is “essential to ensure that the standards are implemented”.',
      'Postcodes shouldn’t dictate the support available.',
    ]);
  });

  it('accepts a proposal by a review, party or stakeholder but not one of the executive’s own', () => {
    accepts([
      'The report proposes a new national care service.',
      'Liberal leader Peter Dutton proposes alternative tax incentives for first-time buyers.',
      'RCCs were first proposed by Josh MacAlister in his review.',
      'The strategy includes a pilot – a proposal put forward by MacAlister.',
    ]);
    rejects([
      'The Commission has today proposed modifications to its budget for 2020.',
      'DfE has launched a consultation on proposals around the use of agency social workers.',
      'The proposal provides emergency relief to families and businesses.',
    ]);
  });

  it('accepts a list item introduced by a recommendation', () => {
    assert.equal(isRecommendation('A national pay scale for social workers', { inRecommendedList: true }), true);
  });

  it('rejects descriptive uses of the same words and plain statements', () => {
    rejects([
      'Accessing a dentist isn’t as easy as it should be.',
      'The government will invest £10m in family hubs.',
      'The review was published last week.',
      'Bus use fell by a third in the decade to 2020.',
    ]);
  });

  it('tells a demand from a reported recommendation', () => {
    assert.equal(isDemand('Funding must support all children across the country.'), true);
    assert.equal(isDemand('All recommendations put forward by the CMA have been accepted by government.'), false);
  });
});
