import * as assert from 'node:assert/strict';
import { Linker, linkItems, type Linked } from '../../src/core/linker';
import { extractDocument } from '../../src/core/extract';
import { findNames } from '../../src/core/names';
import type { Item } from '../../src/core/types';

function link(...texts: string[]): Linked {
  return linkItems(texts.map((text, i) => ({ path: `doc${i + 1}.txt`, funding: [], sentences: [], names: findNames(text) })));
}

/** The item a mention with exactly this text belongs to. */
function itemOf(linked: Linked, text: string, document?: string): Item {
  const mention = linked.mentions.find((m) => m.text === text && (!document || m.document === document));
  assert.ok(mention, `no mention "${text}" in ${JSON.stringify(linked.mentions.map((m) => m.text))}`);
  const item = linked.items.find((it) => it.id === mention.item);
  assert.ok(item);
  return item;
}

describe('linkItems', () => {
  describe('one item across documents', () => {
    it('links a name written with different case, apostrophes and hyphens', () => {
      const linked = link(
        'The Children’s Co-operative Fund opens today.',
        "Bids to the Childrens' Cooperative Fund close in May.",
        'Councils welcomed the children’s co-operative fund.',
      );
      const item = itemOf(linked, 'Children’s Co-operative Fund');
      assert.deepEqual(item.documents, ['doc1.txt', 'doc2.txt', 'doc3.txt']);
      assert.equal(item.category, 'fund');
    });

    it('links reordered forms: Water Quality National Framework = National Water Quality Framework', () => {
      const linked = link('We will publish a National Water Quality Framework.', 'The Water Quality National Framework is late.');
      assert.equal(itemOf(linked, 'National Water Quality Framework').id, itemOf(linked, 'Water Quality National Framework').id);
    });

    it('links an acronym defined in one document to its bare use in another, plural or not', () => {
      const linked = link('Councils will form Regional Adoption Agencies (RAAs) this year.', 'Each RAA reports to its councils.');
      const item = itemOf(linked, 'RAA');
      assert.equal(item.name, 'Regional Adoption Agencies');
      assert.deepEqual(item.documents, ['doc1.txt', 'doc2.txt']);
      assert.ok(item.aliases.includes('RAAs'));
    });

    it('links an acronym that spells a name’s initials, even where no document defines it', () => {
      const linked = link('The Department for Transport said fares will fall.', 'DfT officials disagreed.');
      assert.equal(itemOf(linked, 'DfT').id, 'department-for-transport');
    });

    it('finds a name known from another document in lower case, longest first', () => {
      const linked = link(
        'The Independent Review of Adult Social Care reported in May.',
        'Ministers responded to the independent review of adult social care on Monday.',
      );
      assert.deepEqual(itemOf(linked, 'independent review of adult social care').documents, ['doc1.txt', 'doc2.txt']);
    });

    it('links a lowercase form with a sibling head: an early years pathway is the Early Years Framework', () => {
      const linked = link('The Early Years Framework was welcomed.', 'It introduces an early years pathway for nurseries.');
      assert.deepEqual(itemOf(linked, 'early years pathway').documents, ['doc1.txt', 'doc2.txt']);
    });

    it('links a body’s report however it is written, apart from the body itself', () => {
      const linked = link('The OBR report came out after the Office for Budget Responsibility (OBR) met.', 'A report by the Office for Budget Responsibility warned of risks.');
      const report = itemOf(linked, 'OBR report');
      assert.equal(report.id, itemOf(linked, 'report by the Office for Budget Responsibility').id);
      assert.notEqual(report.id, itemOf(linked, 'Office for Budget Responsibility').id);
    });

    it('links bodies whose long names differ only in their last words', () => {
      const linked = link(
        'The Association of Directors of Adult Social Services (ADASS) responded.',
        'The Association of Directors of Adult Social Care said more was needed.',
      );
      assert.equal(itemOf(linked, 'ADASS').id, itemOf(linked, 'Association of Directors of Adult Social Care').id);
    });

    it('links consultations whose subjects share most of their words', () => {
      const linked = link('Defra opened a consultation on banning single-use plastic cutlery in restaurants.', 'The consultation on a ban on single-use plastic cutlery closed.');
      assert.deepEqual(itemOf(linked, 'consultation on a ban on single-use plastic cutlery closed').documents, ['doc1.txt', 'doc2.txt']);
    });
  });

  describe('one-word names', () => {
    it('makes an item of a lone capitalised word that recurs in two documents', () => {
      const linked = link('Water bills will rise, said the regulator, and Ofwat will publish its decision.', 'Companies must pay more, according to Ofwat.');
      assert.deepEqual(itemOf(linked, 'Ofwat').documents, ['doc1.txt', 'doc2.txt']);
    });

    it('makes no item of a lone word seen in one document, or of a person named in full', () => {
      const linked = link('Anna Berg met officials. Later, Berg agreed with Ofwat.', 'Officials said Berg was right.');
      assert.ok(!linked.items.some((it) => it.name === 'Berg' || it.name === 'Ofwat'));
    });

    it('makes an item of a capitalised phrase without a head noun that recurs in two documents', () => {
      const linked = link('Funding for Sure Start centres was cut in 2010.', 'Ministers want to revive Sure Start across England.');
      assert.deepEqual(itemOf(linked, 'Sure Start', 'doc2.txt').documents, ['doc1.txt', 'doc2.txt']);
    });

    it('makes no item of a byline or of a person later called by their surname', () => {
      const linked = link('Budget cuts loom\nAnna Berg\nMonday\nOfficials met Tom Hale. Hale said no.', 'Schools\nAnna Berg\nTuesday\nIt was Tom Hale again, and Hale agreed.');
      assert.deepEqual(linked.items, []);
    });

    it('links a word-like acronym defined in brackets to its bare use elsewhere', () => {
      const linked = link('The Department for Environment, Food and Rural Affairs (Defra) opened a fund.', 'Farmers wrote to Defra in May.');
      assert.deepEqual(itemOf(linked, 'Defra', 'doc2.txt').documents, ['doc1.txt', 'doc2.txt']);
    });
  });

  describe('short forms', () => {
    it('links `the department` to the one department its document names', () => {
      const linked = link('The Department of Health set targets. Later the department said more.');
      assert.equal(itemOf(linked, 'the department').id, 'department-of-health');
    });

    it('links a short name made of a longer name’s head and words in a document naming both, and elsewhere', () => {
      const linked = link('The Care Review reported. The Independent Review of Adult Social Care made 40 proposals.', 'Councils welcomed the Care Review.');
      assert.deepEqual(itemOf(linked, 'Care Review', 'doc2.txt').name, 'Independent Review of Adult Social Care');
    });

    it('does not take one name for a short form of another without an `of` or `for`', () => {
      const linked = link('The Social Care Grant rose, as did the Children’s Social Care Prevention Grant.');
      assert.notEqual(itemOf(linked, 'Social Care Grant').id, itemOf(linked, 'Children’s Social Care Prevention Grant').id);
    });

    it('leaves `the department` unlinked before its document names the department', () => {
      const linked = link('The department was criticised. The Department of Health replied.');
      assert.ok(!linked.mentions.some((m) => m.text === 'The department'));
    });

    it('leaves `the department` unlinked where its document names two departments', () => {
      const linked = link('The Department of Health and the Department for Work and Pensions met. The department said more.');
      assert.ok(!linked.mentions.some((m) => m.text === 'The department'));
    });
  });

  describe('different things stay apart', () => {
    it('keeps the Department for Education and the Department of Health apart, and DfE with the first', () => {
      const linked = link('The Department for Education and the Department of Health agreed.', 'DfE will lead.');
      assert.notEqual(itemOf(linked, 'Department for Education').id, itemOf(linked, 'Department of Health').id);
      assert.equal(itemOf(linked, 'DfE').id, itemOf(linked, 'Department for Education').id);
    });

    it('keeps the Early Career Framework and the National Framework apart', () => {
      const linked = link('The Early Career Framework starts in 2025.', 'The National Framework sets outcomes.');
      assert.notEqual(itemOf(linked, 'Early Career Framework').id, itemOf(linked, 'National Framework').id);
    });

    it('keeps Best Start Family Hubs and Family Hubs apart', () => {
      const linked = link('Best Start Family Hubs will open in every area, replacing some Family Hubs.');
      assert.notEqual(itemOf(linked, 'Best Start Family Hubs').id, itemOf(linked, 'Family Hubs').id);
    });

    it('keeps a name any government may have apart in documents whose money is in different currencies', () => {
      const docs = [
        'Budget 2025 invests NZ$1 billion in New Zealand’s hospitals. Parliament debates it today.',
        'Budget 2025 provides €837m for children in Ireland. Parliament debates it today.',
        'Budget 2025 puts a further €20m into Irish schools.',
        'Budget 2025 was debated on Monday.',
      ].map((text, i) => extractDocument({ path: `doc${i + 1}.txt`, text }));
      const linked = linkItems(docs);
      const budget = (doc: string) => itemOf(linked, 'Budget 2025', doc);
      assert.deepEqual(budget('doc1.txt').documents, ['doc1.txt']);
      assert.equal(budget('doc1.txt').name, 'Budget 2025 (NZD)');
      assert.deepEqual(budget('doc2.txt').documents, ['doc2.txt', 'doc3.txt']);
      assert.equal(budget('doc2.txt').name, 'Budget 2025 (EUR)');
      assert.ok(!budget('doc2.txt').aliases.includes('Budget 2025'));
      // A document with no money cannot tell whose budget it means.
      assert.deepEqual(budget('doc4.txt').documents, ['doc4.txt']);
      assert.equal(budget('doc4.txt').name, 'Budget 2025');
      assert.notEqual(itemOf(linked, 'Parliament', 'doc1.txt').id, itemOf(linked, 'Parliament', 'doc2.txt').id);
    });

    it('still links a name of its own, and a descriptive name whose documents’ money is in one currency, across currencies', () => {
      const docs = [
        'The Healthy Start Fund gives £5m to Budget 2025 projects.',
        'The Healthy Start Fund was copied in Canada with C$3m.',
        'Budget 2025 was debated on Monday.',
      ].map((text, i) => extractDocument({ path: `doc${i + 1}.txt`, text }));
      const linked = linkItems(docs);
      assert.deepEqual(itemOf(linked, 'Healthy Start Fund').documents, ['doc1.txt', 'doc2.txt']);
      assert.deepEqual(itemOf(linked, 'Budget 2025').documents, ['doc1.txt', 'doc3.txt']);
      assert.equal(itemOf(linked, 'Budget 2025').name, 'Budget 2025');
    });

    it('names a body’s work found by a pronoun after the body: its report is the IRG report', () => {
      const linked = link('The Infrastructure Reference Group (IRG) expects to deliver its report to Ministers soon.');
      assert.equal(itemOf(linked, 'its report').name, 'IRG report');
    });

    it('does not make an item of a person', () => {
      const linked = link('Minister Jane Smith said the Clean Air Fund would grow.', 'Jane Smith visited Leeds.');
      assert.deepEqual(
        linked.items.map((it) => it.name),
        ['Clean Air Fund'],
      );
    });
  });

  describe('words whose hashes collide', () => {
    // `prihzgre` and `ilujgaxg` have the same `hashString`, as do `qziswstr` and `jfesfqph`.
    it('does not take a word for a known name’s word that only shares its hash', () => {
      const linked = link('The Prihzgre Qziswstr Council met.', 'Ministers met the ilujgaxg jfesfqph council on Monday.', 'Ministers met the prihzgre qziswstr council on Monday.');
      assert.deepEqual(itemOf(linked, 'Prihzgre Qziswstr Council').documents, ['doc1.txt', 'doc3.txt']);
      assert.ok(!linked.mentions.some((m) => m.document === 'doc2.txt'));
    });

    it('finds known names whose words share a hash', () => {
      const linked = link('The Prihzgre Council met.', 'The Ilujgaxg Council met.', 'Ministers met the prihzgre council and the ilujgaxg council.');
      assert.deepEqual(itemOf(linked, 'Prihzgre Council').documents, ['doc1.txt', 'doc3.txt']);
      assert.deepEqual(itemOf(linked, 'Ilujgaxg Council').documents, ['doc2.txt', 'doc3.txt']);
    });
  });

  describe('items', () => {
    it('gives each item an id from its fullest name, the same on every run', () => {
      const texts = ['The Warm Homes Plan (WHP) was launched.', 'The WHP was delayed.'];
      const first = link(...texts);
      assert.deepEqual(first.items.map((it) => it.id), ['warm-homes-plan']);
      assert.deepEqual(link(...texts).items, first.items);
    });

    it('makes every mention the exact text at its span', () => {
      const texts = ['The Competition and Markets Authority’s (CMA) market study was published.', 'The CMA report and the cma will be reviewed by the Treasury.'];
      const linked = link(...texts);
      for (const m of linked.mentions) assert.equal(texts[Number(m.document.slice(3, -4)) - 1].slice(m.start, m.end), m.text);
    });
  });

  describe('re-linking a changing corpus', () => {
    const texts = [
      'The Department for Education (DfE) runs the Early Career Framework.',
      'The DfE said the early career framework would grow. Ofwat agreed.',
      'Ofwat fined the water companies. The Holiday Activities and Food Programme continues.',
    ];
    const extract = (text: string, i: number) => ({ path: `doc${i + 1}.txt`, funding: [], sentences: [], names: findNames(text) });

    it('gives what a fresh link gives after an edit that names nothing new', () => {
      const linker = new Linker();
      const docs = texts.map(extract);
      linker.link(docs);
      docs[1] = extract(`${texts[1]} Nothing else changed.`, 1);
      assert.deepEqual(linker.link(docs), linkItems(docs));
    });

    it('gives what a fresh link gives after an edit that adds a name, and after a deletion', () => {
      const linker = new Linker();
      const docs = texts.map(extract);
      linker.link(docs);
      docs[2] = extract(`${texts[2]} The Warm Homes Plan (WHP) starts, and the early career framework too.`, 2);
      assert.deepEqual(linker.link(docs), linkItems(docs));
      docs.splice(0, 1);
      assert.deepEqual(linker.link(docs), linkItems(docs));
    });

    it('gives what a fresh link gives when the same documents are linked in another corpus in between', () => {
      const linker = new Linker();
      const docs = texts.map(extract);
      linker.link(docs);
      linkItems([docs[1], extract('The Early Career Framework Review (ECFR) and the early career framework review panel.', 3)]);
      docs[2] = extract(`${texts[2]} The early career framework review starts.`, 2);
      assert.deepEqual(linker.link(docs), linkItems(docs));
    });

    it('links names the same whether or not they are the arrays findNames returned', () => {
      const docs = texts.map(extract);
      const copies = docs.map((doc) => ({ ...doc, names: doc.names.map((name) => ({ ...name })) }));
      assert.deepEqual(linkItems(copies), linkItems(docs));
    });
  });
});
