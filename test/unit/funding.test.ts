import * as assert from 'node:assert/strict';
import { extractFunding } from '../../src/core/funding';
import type { FundingMention } from '../../src/core/types';

/** The spans found, as written. */
function spans(text: string): string[] {
  return extractFunding(text).map((m) => m.text);
}

/** The only amount in the text. */
function only(text: string): FundingMention {
  const found = extractFunding(text);
  assert.equal(found.length, 1, `expected one amount in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  return found[0];
}

function reads(text: string, written: string, amount: number, currency: string): void {
  const m = only(text);
  assert.deepEqual({ text: m.text, amount: m.amount, currency: m.currency }, { text: written, amount, currency });
  assert.equal(text.slice(m.start, m.end), written);
}

describe('extractFunding', () => {
  describe('signs and scales', () => {
    it('reads pounds with every scale abbreviation and word', () => {
      reads('The department has announced £259 million capital funding.', '£259 million', 259e6, 'GBP');
      reads('a call for £2.6bn in funding', '£2.6bn', 2.6e9, 'GBP');
      reads('backed by £45m, it will be evaluated', '£45m', 45e6, 'GBP');
      reads('The plan costs £10bn.', '£10bn', 10e9, 'GBP');
      reads('a £5 billion programme', '£5 billion', 5e9, 'GBP');
      reads('The grant is £5k per school.', '£5k', 5000, 'GBP');
      reads('a £1.2 trillion debt', '£1.2 trillion', 1.2e12, 'GBP');
      reads('A £3.5BN BOOST FOR HOSPITALS', '£3.5BN', 3.5e9, 'GBP');
      reads('a £40mn fund', '£40mn', 40e6, 'GBP');
      reads('Ottawa pledged a $2-billion fund for Canadians.', '$2-billion', 2e9, 'CAD');
      reads('backed by £259 million12 in capital', '£259 million', 259e6, 'GBP');
    });

    it('reads plain figures with thousands separators and pence', () => {
      reads('A further £200,000 will boost the sector.', '£200,000', 200000, 'GBP');
      reads('a new cap of £2.50 will be in place', '£2.50', 2.5, 'GBP');
      reads('a grant of £1,250,000 to the trust', '£1,250,000', 1250000, 'GBP');
    });

    it('reads dollars, euros and other signs', () => {
      reads('President Biden announced his $1.9 trillion package.', '$1.9 trillion', 1.9e12, 'USD');
      reads('The Commission will make €11.5 billion available.', '€11.5 billion', 11.5e9, 'EUR');
      reads('an extra €30m for Tusla', '€30m', 30e6, 'EUR');
      reads('Japan set aside ¥2 trillion for childcare.', '¥2 trillion', 2e12, 'JPY');
      reads('Nigeria budgets ₦1.2 trillion for schools.', '₦1.2 trillion', 1.2e12, 'NGN');
      reads('Ghana set aside GH₵2 billion for roads.', 'GH₵2 billion', 2e9, 'GHS');
      reads('Bangladesh allocated Tk 500 crore to schools.', 'Tk 500 crore', 5e9, 'BDT');
      reads('The firm raised $5B and more.', '$5B', 5e9, 'USD');
    });

    it('reads country-prefixed dollars', () => {
      reads('Australia announced a A$10 billion housing initiative.', 'A$10 billion', 10e9, 'AUD');
      reads('the NZ$40m programme', 'NZ$40m', 40e6, 'NZD');
      reads('Canada announced Can$101.4 billion in spending.', 'Can$101.4 billion', 101.4e9, 'CAD');
      reads('a C$8.5 billion carbon fund', 'C$8.5 billion', 8.5e9, 'CAD');
      reads('worth US$80.9 billion', 'US$80.9 billion', 80.9e9, 'USD');
      reads('a S$1.5 billion support package', 'S$1.5 billion', 1.5e9, 'SGD');
      reads('HK$3bn for elderly care', 'HK$3bn', 3e9, 'HKD');
      reads('a deal worth $US1.2 billion', '$US1.2 billion', 1.2e9, 'USD');
      reads('a $A500 million upgrade', '$A500 million', 500e6, 'AUD');
      reads('a US $5 million grant', 'US $5 million', 5e6, 'USD');
    });

    it('reads ISO codes before and after the number', () => {
      reads('a loan of GBP 5m to the council', 'GBP 5m', 5e6, 'GBP');
      reads('EUR 30 million for rail', 'EUR 30 million', 30e6, 'EUR');
      reads('grants worth 5 million USD', '5 million USD', 5e6, 'USD');
      reads('Sweden pledged SEK 500 million to the fund.', 'SEK 500 million', 500e6, 'SEK');
    });

    it('reads currency words after the number', () => {
      reads('Hammond announced an additional 780 million pounds to create the technologies of tomorrow.', '780 million pounds', 780e6, 'GBP');
      reads("Today's 780 million pound investment", '780 million pound', 780e6, 'GBP');
      reads('a 500 million-pound contract', '500 million-pound', 500e6, 'GBP');
      reads('nearly 1 billion U.S. dollars', '1 billion U.S. dollars', 1e9, 'USD');
      reads('a 2 billion euro fund', '2 billion euro', 2e9, 'EUR');
      reads('5 billion Australian dollars for roads', '5 billion Australian dollars', 5e9, 'AUD');
      reads('Kenya allocated 12 billion shillings to health.', '12 billion shillings', 12e9, 'KES');
      reads('a levy of 50 pence a litre', '50 pence', 0.5, 'GBP');
      reads('Cigarettes are to go up by 25p a pack.', '25p', 0.25, 'GBP');
      reads('Petrol duty rises by 2.5p a litre.', '2.5p', 0.025, 'GBP');
      reads('The ministry received 3 trillion yen.', '3 trillion yen', 3e12, 'JPY');
      reads('pay 20 pounds sterling', '20 pounds sterling', 20, 'GBP');
    });

    it('reads a counted scale with a currency word', () => {
      reads("That's why we're investing half a billion pounds to help people.", 'half a billion pounds', 5e8, 'GBP');
      reads('It will cost a million dollars.', 'a million dollars', 1e6, 'USD');
      reads('HALF A BILLION POUNDS FOR SCHOOLS', 'HALF A BILLION POUNDS', 5e8, 'GBP');
      reads('a debt of a Trillion dollars', 'a Trillion dollars', 1e12, 'USD');
      assert.deepEqual(spans('a MILlion pounds'), []);
      reads('Ten billion euros were promised.', 'Ten billion euros', 10e9, 'EUR');
    });

    it('keeps qualifiers such as "up to" and "over" outside the span', () => {
      assert.deepEqual(spans('investment of up to £220m and backed by over £500 million'), ['£220m', '£500 million']);
      assert.deepEqual(spans('more than £130 million in fostering hubs, nearly £70m for recovery'), ['£130 million', '£70m']);
    });
  });

  describe('Indian numbering', () => {
    it('reads crore, lakh and lakh crore', () => {
      reads('Ministry of Defence: ₹6.2 lakh crore', '₹6.2 lakh crore', 6.2e12, 'INR');
      reads('MGNREGS: ₹86,000 crore this year', '₹86,000 crore', 86000e7, 'INR');
      reads('a scholarship of ₹1.5 lakh', '₹1.5 lakh', 150000, 'INR');
      reads('The state set aside Rs 500 crore for roads.', 'Rs 500 crore', 5e9, 'INR');
      reads('The state set aside Rs. 2,000 crore for roads.', 'Rs. 2,000 crore', 2e10, 'INR');
      reads('INR 750 crore for the mission', 'INR 750 crore', 7.5e9, 'INR');
      reads('about 500 crore rupees for schools', '500 crore rupees', 5e9, 'INR');
      reads('The ministry has received 1.96 lakh crores of rupees.', '1.96 lakh crores of rupees', 1.96e12, 'INR');
    });

    it('leaves a bare crore figure without a currency alone', () => {
      assert.deepEqual(spans('MNREGA: 48,000 crore'), []);
    });

    it('reads Indian digit grouping', () => {
      reads('increased by 11.1% to ₹11,11,111 crore, around 3.4% of GDP', '₹11,11,111 crore', 11111110000000, 'INR');
      reads('a grant of ₹1,50,000 per village', '₹1,50,000', 150000, 'INR');
    });

    it('reads thousands grouped by spaces after a sign', () => {
      reads('Pensions rose to R1 505 in Gauteng.', 'R1 505', 1505, 'ZAR');
      reads('A grant of EUR 1 000 000 was made.', 'EUR 1 000 000', 1e6, 'EUR');
      reads('a €2 500 bonus', '€2 500', 2500, 'EUR');
    });
  });

  describe('ranges', () => {
    it('keeps a range as one span valued at its low end', () => {
      reads('£42,403 - £45,441', '£42,403 - £45,441', 42403, 'GBP');
      reads('a payment of between £15-£50 per patient', '£15-£50', 15, 'GBP');
      reads('currently between £154 and £270 per week', '£154 and £270', 154, 'GBP');
      reads('£25,081 to £27,653 per annum', '£25,081 to £27,653', 25081, 'GBP');
      reads('costs of £1m–£2m a year', '£1m–£2m', 1e6, 'GBP');
    });

    it('carries the scale of the high end to a bare low end', () => {
      reads('We will invest $5-10 million in schools.', '$5-10 million', 5e6, 'USD');
      reads('a £2bn-3bn gap', '£2bn-3bn', 2e9, 'GBP');
      reads('a £1 to £2 million fund', '£1 to £2 million', 1e6, 'GBP');
      reads('between £500 and £2 million each', '£500 and £2 million', 500, 'GBP');
    });

    it('keeps a change from one amount to another as two spans', () => {
      assert.deepEqual(spans('which will be uplifted from £250m to £263 million next year'), ['£250m', '£263 million']);
    });

    it('keeps a change by one amount to a total as two spans', () => {
      assert.deepEqual(spans('raising the fund by £50m to £300m'), ['£50m', '£300m']);
    });

    it('keeps amounts joined by "and" outside "between" as two spans', () => {
      assert.deepEqual(spans('£1.1 billion for heat networks and £1.5 billion for other funding'), ['£1.1 billion', '£1.5 billion']);
      assert.deepEqual(spans('a £5m fund and £2m for training'), ['£5m', '£2m']);
    });

    it('does not swallow a following year or count into a range', () => {
      assert.deepEqual(spans('£5m to 2025'), ['£5m']);
      assert.deepEqual(spans('the £200m - 12 councils will share it'), ['£200m']);
      assert.deepEqual(spans('a £500 – 2024 award'), ['£500']);
    });
  });

  describe('what is not money', () => {
    it('ignores bare numbers, years, percentages and unmarked scales', () => {
      assert.deepEqual(spans('In 2027, 10m people, 45% of them children, used 3 billion litres.'), []);
      assert.deepEqual(spans('Section 3.2 lists 11,11,111 items and 1,000,000 visits.'), []);
      assert.deepEqual(spans('Videos stream at 720p and 1080p; see p. 45 and 12pm.'), []);
    });

    it('ignores a year followed by a currency word', () => {
      assert.deepEqual(spans('Costs are shown in 2024 dollars.'), []);
    });

    it('ignores pounds of weight and lower-case lookalikes of currency codes', () => {
      assert.deepEqual(spans('He lost 10 pounds in a month.'), []);
      assert.deepEqual(spans('Some 5 million try to get help each year.'), []);
    });

    it('reads the rand and ringgit letters on a plain number only in a text about their country', () => {
      assert.deepEqual(spans('Route R5 and Room RM2 are closed; the R rate is R1.'), []);
      assert.deepEqual(spans('In Cape Town, South Africa raised the child support grant from R480 to R510.'), ['R480', 'R510']);
      reads('South Africa set aside R5 billion for water.', 'R5 billion', 5e9, 'ZAR');
      reads('a grant of R1,500 a month', 'R1,500', 1500, 'ZAR');
    });

    it('ignores a currency code before a year or glued to letters', () => {
      assert.deepEqual(spans('Prices in USD 2023 terms'), []);
      assert.deepEqual(spans('CAD 3D models and R2D2'), []);
    });
  });

  describe('the country behind a bare dollar', () => {
    it('reads New Zealand dollars in a text about New Zealand', () => {
      const text = 'Budget 2025 provides a $7 billion increase, Health New Zealand says. New Zealanders will benefit.';
      assert.equal(only(text).currency, 'NZD');
    });

    it('reads Australian dollars in a text about Australia', () => {
      const found = extractFunding("Australia's government will spend $2 billion on homes across Australia. It follows the A$10 billion fund.");
      assert.deepEqual(found.map((m) => m.currency), ['AUD', 'AUD']);
    });

    it('reads Canadian dollars in a text about Canada', () => {
      assert.equal(only('Ottawa will spend $30 billion on child care across Canada.').currency, 'CAD');
    });

    it('falls back to US dollars', () => {
      assert.equal(only('The city will spend $30 million on parks.').currency, 'USD');
    });

    it('reads Pakistani rupees in a text about Pakistan', () => {
      assert.equal(only("Pakistan's federal budget set aside Rs 100 billion for health in Islamabad.").currency, 'PKR');
    });
  });

  describe('policy money', () => {
    it('counts money a government or public body commits, spends or is asked for', () => {
      for (const text of [
        'The department is investing £10 million to develop Regional Care Co-operatives.',
        'Around 240 dentists will be offered one-off payments of up to £20,000.',
        'extending the £2 cap on single journeys outside London',
        'The review called for £2.6bn in funding over five years.',
        'The trust earns £30,000 a year from car parks.',
        'Foster carers receive between £154 and £270 per week, per child.',
        'Councils lost £400 per pupil in real terms after the cuts.',
      ]) {
        assert.equal(only(text).policy, true, text);
      }
    });

    it('does not count subscription prices', () => {
      assert.equal(only('Themed supplements\n\nFrom £15 / month\n\nSubscribe').policy, false);
      assert.equal(only('Digital access for £4.99 a month. Subscribe today.').policy, false);
    });

    it('does not count salaries in job adverts', () => {
      assert.equal(only('Sponsored\n£42,403 - £45,441\nFeatured event').policy, false);
      assert.equal(only('Finance Officer - Fixed Term, Full Time£25,081 to £27,653 per annumLocation').policy, false);
      assert.equal(only('Senior nurse. Salary: £38,000 plus benefits').policy, false);
    });

    it('judges both ends of a salary range written as two figures alike', () => {
      const found = extractFunding('Salaries range from £30,000 to £35,000 per annum, or $40k-$45k pa.');
      assert.deepEqual(
        found.map((m) => [m.text, m.policy]),
        [['£30,000', false], ['£35,000', false], ['$40k-$45k', false]],
      );
    });

    it("does not count a household's savings or bills", () => {
      assert.equal(only('The scheme could save working families more than £800 per year.').policy, false);
      assert.equal(only('the average annual energy bill for UK households is around £40 higher').policy, false);
      assert.equal(only('Residents will pay $25 more per month in water fees.').policy, false);
      assert.equal(only('The average salary of a care worker is £23,000.').policy, false);
    });

    it('counts a payment to households as policy money', () => {
      assert.equal(only('Households will get a £400 discount on their energy bills this winter.').policy, true);
    });

    it('always counts amounts in millions', () => {
      assert.equal(only('The programme could save families £300m a year on bills.').policy, true);
    });
  });

  describe('on hostile input', () => {
    it('reads a megabyte line of prose without a newline', () => {
      const line = 'The department will invest in 2027 across 45% of areas, and half a billion people care. '.repeat(12000);
      assert.deepEqual(extractFunding(line), []);
    });

    it('reads a megabyte of digits and commas', () => {
      assert.deepEqual(extractFunding('1,'.repeat(500000)), []);
      assert.deepEqual(extractFunding('9'.repeat(1000000)), []);
    });

    it('reads a megabyte-long figure after a pound sign as one amount', () => {
      const found = extractFunding(`£${'123,'.repeat(250000)}`);
      assert.equal(found.length, 1);
    });

    it('reads a megabyte of space-grouped digits after a sign as one amount', () => {
      assert.equal(extractFunding(`€1${' 234'.repeat(250000)}`).length, 1);
    });

    it('reads a long line packed with amounts', () => {
      assert.equal(extractFunding('£1 - £2 '.repeat(20000)).length, 20000);
    });
  });
});
