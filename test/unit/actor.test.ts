import * as assert from 'node:assert/strict';
import { findActor } from '../../src/core/actor';
import { TextCues } from '../../src/core/cues';

describe('finding the actor of a commitment', () => {
  const cases: [string, string][] = [
    ['The government will work with the sector to develop a framework.', 'The government'],
    ['The Department of Health and Social Care will recruit 26,000 additional staff.', 'The Department of Health and Social Care'],
    ['Ofsted will inspect every children’s home twice a year.', 'Ofsted'],
    ['Education Secretary Gillian Keegan confirmed that the programme would continue.', 'Education Secretary Gillian Keegan'],
    ['Mission 3: By 2027, we will strengthen corporate parenting responsibilities.', 'we'],
    ['Canada’s health minister promised new funding for mental health services.', 'Canada’s health minister'],
    ['Transport for London plans to make all buses zero-emission by 2030.', 'Transport for London'],
    ['Recognising the urgency, the government will prioritise recruiting foster carers.', 'the government'],
    ['The development of a framework will also be pushed forward by the government, the DfE has announced.', 'the DfE'],
    ['All recommendations put forward by the CMA have been accepted by the government.', 'the government'],
    ['The fund was first announced by Sajid Javid in 2019.', 'Sajid Javid'],
    ['Thousands of carers are set to be better supported as the government launches a strategy.', 'the government'],
    ['Budget 2025 provides a $7 billion increase in operating funding.', 'Budget 2025'],
    ['The Department for Transport said the new funding models will protect vulnerable routes.', 'The Department for Transport'],
    ['Further information on reforms will be set out “later this year”, according to DfE.', 'DfE'],
    ['3.2 The Department has agreed to review the formula by the end of 2025.', 'The Department'],
    ['SACRAMENTO – Governor Gavin Newsom today announced a $1.2 billion investment.', 'Governor Gavin Newsom'],
    ['The regulator said it would publish new rules by June.', 'The regulator'],
    ['Ministers told MPs they would act.', 'Ministers'],
    ['It will publish the plan in May.', 'It'],
    ['The Health Service Executive (HSE) will recruit 6,000 staff this year.', 'The Health Service Executive'],
  ];
  for (const [sentence, actor] of cases) {
    it(`finds "${actor}" in "${sentence}"`, () => assert.equal(findActor(sentence), actor));
  }

  it('finds no actor when the sentence names none', () => {
    assert.equal(findActor('Further details will be set out later this year.'), undefined);
    assert.equal(findActor('Up to 1,000 Best Start Family Hubs to be rolled out across the country.'), undefined);
  });

  it('finds the same actor when told where in the sentence verbs may start', () => {
    for (const [sentence, actor] of cases) {
      const cues = new TextCues(sentence);
      cues.of(sentence, 0, sentence.length);
      assert.equal(findActor(sentence, cues.verbsIn(0, sentence.length)), actor, sentence);
    }
    assert.equal(findActor('Ministers have re-announced plans to act.', { values: [16], count: 1 }), undefined);
    assert.equal(findActor('The Treasury re-announced the fund.', { values: [13], count: 1 }), 'The Treasury');
  });

  it('does not take the object of a preposition or a possessive for the actor', () => {
    assert.equal(findActor('The announcement comes as working parents in England will gain access to 30 hours.'), undefined);
    assert.equal(findActor('BASW England welcomes the UK Government’s plans to reform the system.'), undefined);
  });
});
