import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { POLICY_TEXT, highlighted, loadGrammar, scopesOf } from './tokenize';

describe('policy-text grammar: deadlines and dates', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar(POLICY_TEXT);
  });
  const deadlines = (text: string) => highlighted(grammar, text, 'deadline');

  it('scopes a deadline as string.other.deadline.policy-lens, which default themes colour apart from numbers and keywords', () => {
    const line = 'Mission 1: By 2027, every care-experienced child will have loving relationships.';
    assert.deepEqual(scopesOf(grammar, line, 'By 2027'), [POLICY_TEXT, 'string.other.deadline.policy-lens']);
  });

  it('highlights a target date after by, before or until', () => {
    assert.deepEqual(deadlines('Mission 2: By 2027, we will see an increase in the number of children.'), ['By 2027']);
    assert.deepEqual(
      deadlines('“I look forward to an ambitious and detailed government response, to be published before the end of 2022,” he added.'),
      ['before the end of 2022'],
    );
    assert.deepEqual(
      deadlines('Family hubs will be in every local authority by April 2026, and the milestones are due by March 2025.'),
      ['by April 2026', 'by March 2025'],
    );
    assert.deepEqual(deadlines('The £2 fare cap will be in place until 30 November 2024.'), ['until 30 November 2024']);
    assert.deepEqual(
      deadlines('a real-terms uplift in funding by 2024-25, with 1.2 million homes built by the end of the decade'),
      ['by 2024-25', 'by the end of the decade'],
    );
    assert.deepEqual(deadlines('Further details will be set out later this year.'), ['later this year']);
  });

  it('highlights dated months and seasons', () => {
    assert.deepEqual(
      deadlines('The department will consult on the technical detail in Spring 2024. These reforms follow the strategy of February 2023.'),
      ['Spring 2024', 'February 2023'],
    );
    assert.deepEqual(
      deadlines('The Department will invest over £45 million from July 2023 to March 2025 to deliver the programme.'),
      ['July 2023', 'March 2025'],
    );
    assert.deepEqual(deadlines('Care Review: Monday, May 23, 2022; answered on 4th December 2023'), ['May 23, 2022', '4th December 2023']);
    assert.deepEqual(deadlines('Homes will be ready by mid-2025, with a review in early 2026.'), ['by mid-2025', 'early 2026']);
  });

  it('highlights financial-year ranges', () => {
    assert.deepEqual(
      deadlines('£500 million of funding for the 2025/26 financial year, part of the 2026-29 settlement and the 2025-26 Local Government Finance Settlement'),
      ['2025/26', '2026-29', '2025-26'],
    );
  });

  it('highlights periods ahead', () => {
    assert.deepEqual(
      deadlines('The government has laid out a £200m package of measures to “fix” children’s social care over the next two years.'),
      ['over the next two years'],
    );
    assert.deepEqual(
      deadlines('£560m for youth services over the next three years, and new dental appointments over the next 12 months.'),
      ['over the next three years', 'over the next 12 months'],
    );
    assert.deepEqual(deadlines('Every council must respond within 18 months.'), ['within 18 months']);
  });

  it('leaves bare years, past years, ages and numbers alone', () => {
    assert.deepEqual(deadlines('In 2022, the watchdog Competition and Markets Authority delivered its final report.'), []);
    assert.deepEqual(deadlines('The target for 2027 is ambitious; insulation rates from pre-2012 had continued.'), []);
    assert.deepEqual(deadlines('Children over 5 years old and the Autumn Budget of 2,027 pages'), []);
    assert.deepEqual(deadlines('The cap rose by 3.5% in May.'), []);
  });
});
