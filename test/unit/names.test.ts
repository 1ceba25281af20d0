import * as assert from 'node:assert/strict';
import { contextWords, findNames } from '../../src/core/names';
import { normHash } from '../../src/core/nameKey';
import type { NameCandidate, NameForm } from '../../src/core/types';

function of(text: string, form: NameForm = 'name'): NameCandidate[] {
  return findNames(text).filter((n) => (n.form ?? 'name') === form);
}

function texts(text: string, form: NameForm = 'name'): string[] {
  return of(text, form).map((n) => n.text);
}

describe('findNames', () => {
  describe('capitalised names with a head noun', () => {
    it('finds a fund, a programme and a strategy by the noun that ends them', () => {
      const text = 'The Youth Futures Fund opens in May, alongside the Clean Air Programme and the National Flood Strategy.';
      assert.deepEqual(texts(text), ['Youth Futures Fund', 'Clean Air Programme', 'National Flood Strategy']);
      assert.deepEqual(
        of(text).map((n) => n.category),
        ['fund', 'programme', 'strategy'],
      );
    });

    it('keeps the complement of a body named `X of Y` or `X for Y`, with a comma list closed by `and`', () => {
      assert.deepEqual(texts('A spokesperson for the Department for Science, Innovation and Technology said the Ministry of Justice agreed.'), [
        'Department for Science, Innovation and Technology',
        'Ministry of Justice',
      ]);
    });

    it('closes the list of a body’s complement with `&` as with `and`', () => {
      assert.deepEqual(texts('The Department for Environment, Food & Rural Affairs and the Department for Digital, Culture, Media & Sport agreed.'), [
        'Department for Environment, Food & Rural Affairs',
        'Department for Digital, Culture, Media & Sport',
      ]);
    });

    it('names banks, agreements, accords, deals and assistance schemes by their heads', () => {
      const text = 'The World Bank backed the Paris Agreement, the National Housing Accord and the Green Deal. It raised Commonwealth Rent Assistance.';
      assert.deepEqual(texts(text), ['World Bank', 'Paris Agreement', 'National Housing Accord', 'Green Deal', 'Commonwealth Rent Assistance']);
      assert.deepEqual(
        of(text).map((n) => n.category),
        ['body', 'law', 'law', 'policy', 'fund'],
      );
    });

    it('takes Administration for a body’s head, so an acronym spells the whole name', () => {
      const [name] = of('The Substance Abuse and Mental Health Services Administration (SAMHSA) will award the grants.');
      assert.equal(name.text, 'Substance Abuse and Mental Health Services Administration');
      assert.equal(name.acronym, 'SAMHSA');
      assert.equal(name.category, 'body');
    });

    it('splits two bodies joined by `and`', () => {
      assert.deepEqual(texts('The Department for Education and Department of Health agreed.'), ['Department for Education', 'Department of Health']);
    });

    it('keeps `to` inside a name, and leaves out a headline’s verb after `to`', () => {
      assert.deepEqual(texts('The Help to Buy Scheme closed. A Question to the Department for Education followed.'), ['Help to Buy Scheme', 'Department for Education']);
      assert.deepEqual(texts('HHS Announces $1.4 Billion to Expand Mental Health Services'), []);
      assert.deepEqual(texts('The Memorandum to Extend Federal Support to Governors was signed.'), ['Memorandum to Extend Federal Support to Governors']);
    });

    it('ends a name at the wide gap before a running header’s page number', () => {
      assert.deepEqual(texts('Independent Review of School Transport                 12\nText.'), ['Independent Review of School Transport']);
    });

    it('keeps New inside a name and leaves it out where it opens a sentence', () => {
      assert.deepEqual(texts('It adds to the $12b New Zealand Upgrade Programme and the New Homes Bonus Scheme.'), ['New Zealand Upgrade Programme', 'New Homes Bonus Scheme']);
      assert.deepEqual(texts('New Early Career Framework guidance was issued.'), ['Early Career Framework']);
    });

    it('keeps a year that follows the head noun', () => {
      assert.deepEqual(texts('It amends the Environment Act 2021 and the Planning Bill.'), ['Environment Act 2021', 'Planning Bill']);
    });

    it('stops at the first of two coordinated heads, which gives the category', () => {
      assert.deepEqual(texts('We will consult on a new Water Quality Framework and Dashboard this year.'), ['Water Quality Framework']);
      assert.equal(of('We will consult on a new Water Quality Framework and Dashboard this year.')[0].category, 'framework');
    });

    it('takes two names joined by `and` when each has words of its own before its head', () => {
      const text = 'It funds the Early Career Framework and National Tutoring Programme.';
      assert.deepEqual(texts(text), ['Early Career Framework', 'National Tutoring Programme']);
      assert.deepEqual(
        of(text).map((n) => n.category),
        ['framework', 'programme'],
      );
    });

    it('splits a run at a possessive body: the Association’s board is a name of its own', () => {
      assert.deepEqual(texts('Cllr Ann Lee, Chair of the Local Government Association’s Culture Board, spoke.'), [
        'Local Government Association',
        'Culture Board',
      ]);
    });

    it('leaves out a noun that opens the sentence before `for` or `to`, and keeps a name that opens it', () => {
      assert.deepEqual(texts('Funding for the Youth Investment Fund rose.\nChanges to the Early Career Framework follow.'), ['Youth Investment Fund', 'Early Career Framework']);
      assert.deepEqual(texts('Skills for Life Fund grants opened. Department for Education staff left.'), ['Skills for Life Fund', 'Department for Education']);
    });

    it('includes a lowercase `programme` after a name, so the name and its programme are one', () => {
      assert.deepEqual(texts('It extends the Healthy Start programme to more families.'), ['Healthy Start programme']);
    });

    it('takes no name from a capital that only opens a sentence before a lowercase head', () => {
      assert.deepEqual(texts('Safety fund for railways: Rs 1 lakh crore.\nHousing grant rises. The Kickstart scheme ends.'), ['Kickstart scheme']);
    });

    it('names missions and yojanas as programmes, and not a head numbered in a list', () => {
      const text = 'The outlay for the Jal Jeevan Mission and the Pradhan Mantri Awas Yojana rose.\nMission 2: By 2030, every school will have a counsellor.';
      assert.deepEqual(texts(text), ['Jal Jeevan Mission', 'Pradhan Mantri Awas Yojana']);
      assert.deepEqual(
        of(text).map((n) => n.category),
        ['programme', 'programme'],
      );
      assert.deepEqual(texts('Budget 2025 and the Spending Review 2021 settled it.'), ['Budget 2025', 'Spending Review 2021']);
    });

    it('reports spans whose text is the document text at those offsets', () => {
      const text = 'Funding from the Arts Council England and the Heritage Lottery Fund (HLF) was confirmed.';
      for (const n of findNames(text)) assert.equal(text.slice(n.start, n.end), n.text);
    });
  });

  describe('people and places are not names', () => {
    it('drops titles and people before a connector', () => {
      assert.deepEqual(texts('Jane Doe, Chief Executive of the Environment Agency, said the plans were welcome.'), ['Environment Agency']);
      assert.deepEqual(texts('To ask the Secretary of State for the Home Department, what steps his Department has taken.'), ['Home Department']);
    });

    it('finds nothing in a sentence about a minister', () => {
      assert.deepEqual(texts('Transport Secretary Mark Harper told Rishi Sunak in Manchester that buses mattered.'), []);
    });

    it('keeps the possessive of a one-word name that owns nothing: Barnardo’s is the charity’s name', () => {
      assert.deepEqual(texts('A report by Barnardo’s, with Shelter. Later, Barnardo’s chief executive spoke.', 'single'), ['Barnardo’s', 'Shelter', 'Barnardo']);
    });

    it('takes no one-word-like phrase from a portfolio, a seat or the person named after a title', () => {
      const text = 'Today, the Minister of Families, Children and Social Development, Ahmed Hussen, thanked the hon. Member for Harborough, Oadby and Wigston.';
      assert.deepEqual(texts(text, 'single'), []);
      assert.ok(texts('Jo Bloggs, national director of Feeding Britain, welcomed it.', 'single').includes('Feeding Britain'));
      assert.ok(!texts('The hon. Member for Hallam (Olivia Blake) raised it.', 'single').includes('Olivia Blake'));
      assert.ok(texts('Funding from the Department for Education (Sure Start) rose.', 'single').includes('Sure Start'));
    });

    it('does not take a term of office for the institution', () => {
      assert.deepEqual(texts('We will build them by the end of this Parliament. Parliament will vote on it.'), ['Parliament']);
    });

    it('does not take a generic body for a name', () => {
      assert.deepEqual(texts('Each Local Authority must publish a plan.'), []);
    });
  });

  describe('acronyms', () => {
    it('records the acronym a document defines in brackets, across a possessive', () => {
      const [name] = of('The Office for Budget Responsibility’s (OBR) forecast was revised.');
      assert.equal(name.text, 'Office for Budget Responsibility');
      assert.equal(name.acronym, 'OBR');
    });

    it('takes a lowercase long form from the initials before the bracket, plural acronyms included', () => {
      const [name] = of('Councils must prepare local nature recovery strategies (LNRSs) by 2025.');
      assert.equal(name.text, 'local nature recovery strategies');
      assert.equal(name.acronym, 'LNRSs');
    });

    it('accepts `, or ACRONYM,` and leaves out a trailing Programme the acronym skips', () => {
      assert.equal(of('The Regulatory Policy Committee, or RPC, is reviewing it.')[0].acronym, 'RPC');
      assert.equal(of('The Holiday Activities and Food Programme (HAF) returns.')[0].acronym, 'HAF');
    });

    it('does not accept a bracketed word whose initials do not fit', () => {
      assert.equal(of('The Skills Fund (SEND) was cut.')[0].acronym, undefined);
    });

    it('reports an acronym used on its own, without its possessive', () => {
      assert.deepEqual(texts('DfE officials met KCC’s director.', 'acronym'), ['DfE', 'KCC']);
    });

    it('takes no acronym from a heading set in capitals, and still from a run of acronyms', () => {
      assert.deepEqual(texts('PRESS RELEASE: FLOOD AID\nThe council met.', 'acronym'), []);
      assert.deepEqual(texts('PRESS RELEASE : Commission backs EIB loans', 'acronym'), ['EIB']);
      assert.deepEqual(texts('NHS UKHSA guidance was issued.', 'acronym'), ['NHS', 'UKHSA']);
      assert.deepEqual(texts('Outlays for FY 25 and FY24 rose at NHAI.', 'acronym'), ['NHAI']);
      assert.deepEqual(texts('NZ officials said NZ$12bn would go to the NZTA.', 'acronym'), ['NZTA']);
    });

    it('takes no acronym from a word in capitals opening a story that the text also writes in title case', () => {
      assert.deepEqual(texts('WELSH Ministers have announced £260m. The Welsh Government agreed. OECD figures differ.', 'acronym'), ['OECD']);
      assert.deepEqual(texts('SEND pupils will gain. The SEND review ends.', 'acronym'), ['SEND', 'SEND']);
    });
  });

  describe('quoted titles', () => {
    it('takes a quoted title after a head noun even when it is in sentence case', () => {
      assert.deepEqual(texts('The policy paper ‘Keeping rivers clean, keeping towns safe’ sets out the plan.'), ['Keeping rivers clean, keeping towns safe']);
    });

    it('takes a title-case quotation, and not a quoted phrase of speech', () => {
      assert.deepEqual(texts('It launched ‘Better Buses for Britain’ and called it a ‘fact-finding mission’.'), ['Better Buses for Britain']);
    });

    it('takes an unquoted title named after a head noun, and not a person so named', () => {
      assert.deepEqual(texts('In their report entitled Turning the Tide, charities called for more money.'), ['Turning the Tide']);
      assert.equal(of('Ministers launched a scheme called Kickstart for young people.')[0].category, 'programme');
      assert.deepEqual(texts('A man called John Smith wrote in.'), []);
    });

    it('does not take quoted speech that opens with short capitalised words for a title', () => {
      assert.deepEqual(texts('“As a Leeds MP, I am delighted with the funding for our hospitals” said Jo Bloggs.'), []);
      assert.deepEqual(texts('“As Ever, Sure Start Works” was the campaign’s slogan.'), ['As Ever, Sure Start Works']);
    });
  });

  describe('short forms, works and contexts', () => {
    it('marks `the department` and `The Review` as short forms with their head noun', () => {
      const shorts = of('The Review found gaps. Later, the department said it would act.', 'short');
      assert.deepEqual(
        shorts.map((n) => [n.text, n.head]),
        [
          ['The Review', 'review'],
          ['the department', 'department'],
        ],
      );
    });

    it('finds a body’s report before or after the body, and by `its` later in the sentence', () => {
      const works = of('The OBR report agreed with a report by the National Audit Office, which published its annual review in June.', 'work');
      assert.deepEqual(
        works.map((w) => [w.text, w.owner]),
        [
          ['OBR report', 'OBR'],
          ['report by the National Audit Office', 'National Audit Office'],
          ['its annual review', 'National Audit Office'],
        ],
      );
    });

    it('names a consultation by its subject, up to the end of the clause', () => {
      assert.deepEqual(texts('Defra opened a consultation on banning peat in garden compost. It closes soon.', 'topic'), [
        'consultation on banning peat in garden compost',
      ]);
    });

    it('names an entitlement made free: `eligible for free bus travel`', () => {
      assert.deepEqual(texts('Pensioners remain eligible for free bus travel in England.'), ['free bus travel']);
    });

    it('leaves lowercase text around head nouns as context for names known elsewhere', () => {
      const [context] = of('It responded to the independent review of adult social care last week.', 'context');
      assert.ok(context.text.includes('independent review of adult social care'), context.text);
    });
  });

  describe('context words', () => {
    it('gives the linker the words of each context stretch, in order, with the offsets of the document', () => {
      const text = 'Officials discussed the independent review of children’s social care. Later, the spending review was set.';
      const names = findNames(text);
      const words = contextWords(names);
      assert.ok(words);
      const contexts = names.filter((n) => n.form === 'context');
      assert.deepEqual(words.names, contexts);
      contexts.forEach((context, c) => {
        const end = c + 1 < contexts.length ? words.firsts[c + 1] : words.count;
        const split: string[] = [];
        for (let k = words.firsts[c]; k < end; k++) split.push(text.slice(words.starts[k], words.ends[k]));
        assert.deepEqual(split, context.text.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean));
      });
    });

    it('hashes each context word as normHash does, plurals, apostrophes, hyphens and capitals included', () => {
      const text = 'Plans for the review of Children’s Services, co-operatives and SCHOOLS’ 2024 bus pass libraries in Zürich were set.';
      const words = contextWords(findNames(text));
      assert.ok(words && words.count > 10);
      for (let k = 0; k < words.count; k++) assert.equal(words.hashes[k], normHash(text, words.starts[k], words.ends[k]), text.slice(words.starts[k], words.ends[k]));
    });

    it('gives the same names and context words for a document whatever was scanned before it', () => {
      const text = 'The Department for Education (DfE) said the review of children’s social care, and Ofsted, agreed.';
      const before = findNames(text);
      findNames('The Competition and Markets Authority published its market study. '.repeat(30) + text);
      findNames('A short one.');
      const after = findNames(text);
      assert.deepEqual(after, before);
      const [a, b] = [contextWords(after), contextWords(before)];
      assert.ok(a && b);
      assert.deepEqual([...a.starts], [...b.starts]);
      assert.deepEqual([...a.hashes], [...b.hashes]);
      assert.deepEqual([...a.gaps], [...b.gaps]);
    });

    it('finds as many context stretches in a long document as in its parts', () => {
      const sentence = 'Funding for the review of children’s social care, said Jones. ';
      const one = findNames(sentence).filter((name) => name.form === 'context').length;
      assert.ok(one > 0);
      // Longer than any document scanned before, so that the kept per-word arrays grow for it.
      const names = findNames(sentence.repeat(20000));
      assert.equal(names.filter((name) => name.form === 'context').length, one * 20000);
      assert.equal(contextWords(names)?.firsts.length, one * 20000);
    });

    it('knows only the arrays findNames returned', () => {
      assert.equal(contextWords([...findNames('The independent review of social care.')]), undefined);
    });
  });
});
