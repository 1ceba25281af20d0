import * as assert from 'node:assert/strict';
import { extractDocument } from '../../src/core/extract';
import type { SentenceMention } from '../../src/core/types';

function sentencesOf(text: string, kind: SentenceMention['kind']): string[] {
  return extractDocument({ path: 'doc.txt', text })
    .sentences.filter((s) => s.kind === kind)
    .map((s) => s.text);
}

describe('extracting commitment and recommendation sentences from a document', () => {
  it('reports each mention at its exact place in the text, with actor and deadline', () => {
    const text = 'Intro.\n\nThe council will plant 10,000 trees by 2030. Residents said they liked trees.';
    const [mention] = extractDocument({ path: 'doc.txt', text }).sentences;
    assert.equal(mention.kind, 'commitment');
    assert.equal(text.slice(mention.start, mention.end), 'The council will plant 10,000 trees by 2030.');
    assert.equal(mention.actor, 'The council');
    assert.equal(mention.deadline, 'by 2030');
  });

  it('reports a sentence that is both a commitment and a recommendation twice, once per kind', () => {
    const text = 'The government will accept the review’s recommendation for a new regulator.';
    assert.deepEqual(sentencesOf(text, 'commitment'), [text]);
    assert.deepEqual(sentencesOf(text, 'recommendation'), [text]);
  });

  it('lets the items of a list take the kind of the line that introduces it', () => {
    const text = [
      'The new approach will include 4 key elements:',
      '- locally based family help services',
      '- a child protection response by expert social workers',
      '',
      'CYP Now Digital membership',
      '  • Latest digital issues',
    ].join('\n');
    assert.deepEqual(sentencesOf(text, 'commitment'), [
      'The new approach will include 4 key elements:',
      'locally based family help services',
      'a child protection response by expert social workers',
    ]);
  });

  it('lets unmarked list lines after a colon take its kind until a full sentence', () => {
    const text = 'This funding will include:\n\n21,000 additional planned care treatments\n50,000 additional events in emergency departments\nHospitals were busy last winter.';
    assert.deepEqual(sentencesOf(text, 'commitment'), [
      'This funding will include:',
      '21,000 additional planned care treatments',
      '50,000 additional events in emergency departments',
    ]);
  });

  it('lets the items of a list introduced by a recommendation be recommendations', () => {
    const text = 'The review recommends:\n• a national pay scale\n• mandatory family-facing hours';
    assert.deepEqual(sentencesOf(text, 'recommendation'), ['The review recommends:', 'a national pay scale', 'mandatory family-facing hours']);
  });

  it('lets the bullets under a heading of actions or recommendations take its kind', () => {
    const text = 'Key actions\n\n• Double medical school places to 15,000 by 2031.\n• Increase nursing places by 92%.\n\nOur recommendations\n1. Ring-fence rural bus funding.';
    assert.deepEqual(sentencesOf(text, 'commitment'), ['Double medical school places to 15,000 by 2031.', 'Increase nursing places by 92%.']);
    assert.deepEqual(sentencesOf(text, 'recommendation'), ['Our recommendations', 'Ring-fence rural bus funding.']);
    assert.deepEqual(sentencesOf('Membership benefits\n• Latest digital issues\n• Themed supplements', 'commitment'), []);
  });

  it('counts an elaboration of a commitment as a commitment', () => {
    const text = 'The government will open 1,000 hubs. This includes areas without any hub today.';
    assert.deepEqual(sentencesOf(text, 'commitment'), ['The government will open 1,000 hubs.', 'This includes areas without any hub today.']);
  });

  it('reports a repeated headline or caption once', () => {
    const text = 'Government announces £220m fund\n\nGovernment announces £220m fund\n\nMore follows.';
    assert.deepEqual(sentencesOf(text, 'commitment'), ['Government announces £220m fund']);
  });

  it('tells apart many numbered items of one shape, and still reports a repeated one once', () => {
    const items = Array.from({ length: 30 }, (_, i) => `The council will fund project ${String(i).padStart(3, '0')}.`);
    const text = [...items, items[3], items[20]].join('\n');
    assert.deepEqual(sentencesOf(text, 'commitment'), items);
  });

  it('keeps sentences of a megabyte line without punctuation bounded', () => {
    const text = 'the government will fund more homes '.repeat(30_000);
    const mentions = extractDocument({ path: 'doc.txt', text }).sentences;
    assert.ok(mentions.length > 0);
    for (const m of mentions) assert.ok(m.end - m.start <= 1500);
  });
});
