import * as assert from 'node:assert/strict';
import { createAnchor, reanchor, shiftSpan } from '../../src/core/anchor';

const QUOTE = 'The government will recruit 500 more social workers by 2027.';
const DOC = `Introduction to the plan.\n\n${QUOTE} It will also fund training.\n\nClosing remarks follow here.`;

function anchorOf(text: string, quote: string, occurrence = 1): ReturnType<typeof createAnchor> {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `"${quote}" is in the text`);
  return createAnchor(text, at, at + quote.length);
}

function textAt(text: string, match: { start: number; end: number } | undefined): string | undefined {
  return match && text.slice(match.start, match.end);
}

describe('anchoring annotations to text', () => {
  it('records the quote, context either side and the offsets', () => {
    const anchor = anchorOf(DOC, QUOTE);
    assert.equal(anchor.quote.exact, QUOTE);
    assert.ok(DOC.slice(0, anchor.position.start).endsWith(anchor.quote.prefix));
    assert.ok(DOC.slice(anchor.position.end).startsWith(anchor.quote.suffix));
    assert.ok(anchor.quote.prefix.length > 0 && anchor.quote.suffix.length > 0);
  });

  it('finds an unchanged quote where it was', () => {
    const match = reanchor(DOC, anchorOf(DOC, QUOTE));
    assert.equal(match?.how, 'exact');
    assert.equal(textAt(DOC, match), QUOTE);
  });

  it('follows the quote when text is inserted before it', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const edited = 'A new opening paragraph, added later.\n\n' + DOC;
    const match = reanchor(edited, anchor);
    assert.equal(match?.how, 'moved');
    assert.equal(textAt(edited, match), QUOTE);
  });

  it('is not disturbed by edits elsewhere in the document', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const edited = DOC.replace('Introduction', 'Intro').replace('Closing remarks', 'Final words');
    assert.equal(textAt(edited, reanchor(edited, anchor)), QUOTE);
  });

  it('follows a quote in which one word was changed', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const edited = DOC.replace('recruit 500', 'recruit 650');
    const match = reanchor(edited, anchor);
    assert.equal(match?.how, 'fuzzy');
    assert.equal(textAt(edited, match), QUOTE.replace('500', '650'));
  });

  it('follows a quote whose first word was replaced and which moved', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const edited = 'Preface.\n\n' + DOC.replace('The government will', 'Ministers will');
    assert.equal(textAt(edited, reanchor(edited, anchor)), QUOTE.replace('The government will', 'Ministers will'));
  });

  it('uses the context to choose between repeats of the quote', () => {
    const text = 'First, the council will act. Later on, the council will act. Finally, the council will act.';
    const anchor = anchorOf(text, 'the council will act', 2);
    const edited = 'Inserted sentence. ' + text.replace('First, the council will act. ', '');
    const match = reanchor(edited, anchor);
    assert.equal(match?.start, edited.indexOf('Later on, ') + 'Later on, '.length);
  });

  it('orphans a deleted quote rather than attach it to other text', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const edited = DOC.replace(QUOTE + ' ', '');
    assert.equal(reanchor(edited, anchor), undefined);
  });

  it('orphans a short quote whose only remaining repeat has different context', () => {
    const text = 'Councils get £20m for buses. Separately, schools get £20m for meals.';
    const anchor = anchorOf(text, '£20m', 1);
    const edited = text.replace('Councils get £20m for buses. ', 'Councils get nothing. ');
    assert.equal(reanchor(edited, anchor), undefined);
  });

  it('finds its text in a whole new version of the document', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const v2 = `Updated plan, second edition.\n\nSummary: funding has been agreed.\n\nIn detail, ${QUOTE} New paragraph text.\n\nAnnex.`;
    assert.equal(textAt(v2, reanchor(v2, anchor)), QUOTE);
  });

  it('orphans the quote when a new version no longer contains anything like it', () => {
    const anchor = anchorOf(DOC, QUOTE);
    const v2 = 'A rewritten plan that talks about roads and bridges and nothing else at all.';
    assert.equal(reanchor(v2, anchor), undefined);
  });

  it('stays fast on a long document with many near repeats', () => {
    const filler = 'The government will recruit more staff in each region. '.repeat(20_000);
    const anchor = anchorOf(DOC, QUOTE);
    const match = reanchor(filler + DOC.replace('500', '510'), anchor);
    assert.equal(match?.how, 'fuzzy');
  });
});

describe('shifting a span through editor changes', () => {
  const span = { start: 10, end: 20 };

  it('moves with text inserted or deleted before it', () => {
    assert.deepEqual(shiftSpan(span, [{ start: 0, end: 0, text: 'abc' }]), { start: 13, end: 23, touched: false });
    assert.deepEqual(shiftSpan(span, [{ start: 2, end: 6, text: '' }]), { start: 6, end: 16, touched: false });
  });

  it('treats typing at its start as before it and typing at its end as after it', () => {
    assert.deepEqual(shiftSpan(span, [{ start: 10, end: 10, text: 'x' }]), { start: 11, end: 21, touched: false });
    assert.deepEqual(shiftSpan(span, [{ start: 20, end: 20, text: 'x' }]), { start: 10, end: 20, touched: false });
  });

  it('grows or shrinks with an edit inside it, and says it was touched', () => {
    assert.deepEqual(shiftSpan(span, [{ start: 12, end: 14, text: 'wxyz' }]), { start: 10, end: 22, touched: true });
  });

  it('applies several changes in order', () => {
    assert.deepEqual(
      shiftSpan(span, [
        { start: 30, end: 31, text: '' },
        { start: 0, end: 5, text: '' },
      ]),
      { start: 5, end: 15, touched: false },
    );
  });

  it('collapses when the whole span is deleted', () => {
    const shifted = shiftSpan(span, [{ start: 5, end: 25, text: '' }]);
    assert.equal(shifted.end - shifted.start, 0);
    assert.equal(shifted.touched, true);
  });
});
