import assert from 'node:assert/strict';
import { waitFor } from '../harness/deadline.mjs';
import { workbench } from './session.mjs';

// Phrases of the seeds, each the start of what the grammar must colour.
const PHRASES = [
  { kind: 'a funding figure', document: '001_ee7aad5dbe5596f3.txt', text: '£10 million' },
  { kind: 'a commitment', document: '001_ee7aad5dbe5596f3.txt', text: 'will develop a programme' },
  { kind: 'a recommendation', document: '004_e9a59da55df5eadc.txt', text: 'must prioritise funding' },
];

describe('Highlighting in the editor', () => {
  for (const { kind, document, text } of PHRASES) {
    it(`colours ${kind} ("${text}") differently from plain text`, async () => {
      const wb = workbench();
      if ((await wb.activeTab()) !== document) await wb.openFile(document);
      let seen;
      await waitFor(`"${text}" to be coloured unlike plain text`, async () => {
        seen = await wb.tokenColour(text);
        return seen && seen.colour !== seen.plain;
      }).catch((error) => {
        throw new Error(`${error.message}; last seen: ${JSON.stringify(seen)}`);
      });
      assert.notEqual(seen.colour, seen.plain);
    });
  }

  it('leaves plain prose uncoloured', async () => {
    const wb = workbench();
    await wb.openFile('001_ee7aad5dbe5596f3.txt');
    await waitFor('"£10 million" to be coloured', async () => {
      const funding = await wb.tokenColour('£10 million');
      return funding && funding.colour !== funding.plain;
    });
    const prose = await wb.tokenColour('Shadow Minister');
    assert.ok(prose, 'the line is rendered');
    assert.equal(prose.colour, prose.plain);
  });
});
