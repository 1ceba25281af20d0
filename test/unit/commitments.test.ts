import * as assert from 'node:assert/strict';
import { isCommitment } from '../../src/core/commitments';

function accepts(sentences: string[]): void {
  for (const s of sentences) assert.equal(isCommitment(s), true, s);
}

function rejects(sentences: string[]): void {
  for (const s of sentences) assert.equal(isCommitment(s), false, s);
}

describe('classifying commitments', () => {
  it('accepts an actor saying what it will or shall do', () => {
    accepts([
      'The government will work with the sector to develop a National Children’s Social Care Framework.',
      'The Department of Health and Social Care will recruit 26,000 additional primary care staff by March 2024.',
      'Ofsted will inspect every children’s home at least twice a year from April 2025.',
      'The authority shall publish its accounts within 12 months.',
      'Freeland said the government would extend wage and rent subsidies through September.',
      'The government says the reforms will ‘empower’ social workers.',
    ]);
  });

  it('accepts pledge and announcement verbs in any tense', () => {
    accepts([
      'NHS England has pledged to eliminate waits of more than 65 weeks.',
      'The Housing Minister vowed to build 1.5 million homes over the course of this Parliament.',
      'Canada’s health minister promised new funding for mental health services.',
      'The council has committed to planting 10,000 trees.',
      'Ministers set out plans to reform the planning system in a white paper.',
      'Transport for London plans to make all buses zero-emission by 2030.',
      'The Welsh Government aims to end child poverty by 2035.',
      'The Environment Agency is set to double its flood defence spending.',
      'The European Commission has adopted a new strategy for rail.',
      '3.2 The Department has agreed to review the funding formula by the end of 2025.',
      'No council will see a reduction in core spending power.',
      'If elected, Labour would scrap tuition fees.',
      'Five of the six “missions” are expected to be met by 2027:',
      'The scheme, funded by the Treasury, began rolling out in England last April.',
    ]);
  });

  it('accepts an actor putting money into something', () => {
    accepts([
      'The Scottish Government is investing £30 million in active travel this year.',
      'Australia’s government announced a A$10 billion initiative to build up to 100,000 homes.',
      'Ministry of Defence: ₹6.2 lakh crore',
      'Increased funding for Tusla, the Child and Family Agency, of almost €145m',
      '“That’s why we’re investing half a billion pounds to help people save money.”',
      'Hammond is expanding successful catapult centres across the country.',
    ]);
  });

  it('accepts targets and missions with a date', () => {
    accepts([
      'Mission 2: By 2027, we will see an increase of high-quality, stable and loving homes.',
      'By 2030, we will reduce emissions by 68% compared to 1990 levels.',
      'Five of the six “missions” are expected to be met by 2027:',
    ]);
  });

  it('accepts a headline that reports an announced action', () => {
    accepts(['Government unveils £1bn plan to cut NHS waiting lists', 'England’s first ever kinship care strategy launches']);
  });

  it('accepts a list item introduced by a commitment, and an elaboration of the one before', () => {
    assert.equal(isCommitment('Improving the child protection system', { inCommittedList: true }), true);
    assert.equal(isCommitment('This includes areas currently without any access to hubs.', { afterCommitment: true }), true);
    assert.equal(isCommitment('This includes areas currently without any access to hubs.'), false);
  });

  it('rejects a stakeholder’s demand that carries no pledge', () => {
    rejects([
      'The reforms must be properly resourced.',
      'We call on the government to engage with social workers and care-experienced people.',
      'Campaigners urged councils to do more to tackle fuel poverty.',
      'Patients’ groups have called for the plan to be published urgently.',
      'While RCCs will signal a radical shift, they will need to build on the measures laid out at a local level.',
    ]);
  });

  it('accepts a target an actor sets and an act ministers are expected to do, not a forecast', () => {
    accepts(['The department has set a target of 6,500 new teachers.', 'Ministers are expected to publish the strategy next month.']);
    rejects(['Growth is expected to slow next year.', 'The plan is expected to cost more than forecast.']);
  });

  it('rejects a body acting only in what is recommended, and keeps a body acting beside a recommendation it will act on', () => {
    rejects([
      'We recommend that the regulator publish its findings within the Government’s own target for responding to complaints.',
      'Key recommendations by the inspectorate that councils have not taken up include a duty to publish waiting lists.',
    ]);
    accepts(['The department will take forward the inquiry’s recommendation for a national register of tutors.']);
  });

  it('rejects a sum a trend moved by and what someone warns will happen, and keeps a pledge beside them', () => {
    rejects([
      'The research shows that funding for youth services has fallen by £2.2bn in the past decade.',
      'Spending on rural buses rose by almost US$3 billion between 2010 and 2016.',
      'In a joint report, the charities warned the pandemic will deepen problems in underfunded councils.',
      'Experts warn that waiting lists will grow.',
      'Councils face a £4bn funding gap by 2028, analysis finds.',
      'Shelter said the target would be missed without 90,000 social rent homes a year.',
      'Local authorities face a shortfall of £4 billion by 2028-29.',
      'The authors suggest that demand will keep rising.',
      'Economists predict the cap will push up prices.',
      'Officials estimated that the scheme will reach 10,000 families.',
    ]);
    accepts([
      'Funding fell by £1m last year, but the government will invest £5m in 2026.',
      'The department will warn schools about the change.',
      'The council will spend £4bn to close the gap.',
    ]);
  });

  it('rejects what will merely follow from something', () => {
    rejects([
      'This will help simplify the regulatory landscape and raise quality.',
      'The change will mean services work more effectively.',
      'Today’s news will be welcomed by hundreds of thousands of parents.',
      'Through operating on a larger scale, the RCCs will be able to develop a wider range of places.',
      'These steps will be critical in addressing longstanding challenges.',
      'Many patients will find it hard to get an appointment.',
      'It is unclear whether the changes will be enough.',
      'Critics say the plan will not work.',
      'Concerns remain about how roles will be defined within these teams.',
      'Critics said the policy would hit the poorest families hardest.',
      'The opposition warned that the scheme will fail.',
      'The strike is expected to cause widespread disruption.',
    ]);
  });

  it('rejects forecasts, past descriptions, questions and page furniture', () => {
    rejects([
      'Without sufficient resources, these ambitious plans risk falling short.',
      'Economists said inflation could fall later this year.',
      'The scheme was introduced in 2015.',
      'Hospital waiting lists rose sharply during the pandemic.',
      'In 2020, it operated across 17 local authorities, supporting around 50,000 children.',
      'What will the new rules mean for landlords?',
      'To ask His Majesty’s Government what assessment they have made of the report.',
      'Children’s minister Will Quince',
      'Read more: https://www.gov.uk/government/news/plan-will-be-announced',
      'From £15 / month',
      '£42,403 - £45,441',
      'Working parents can currently access 15 hours of funded childcare per week.',
      'This funding provides a critical opportunity, as outlined below.',
    ]);
  });
});
