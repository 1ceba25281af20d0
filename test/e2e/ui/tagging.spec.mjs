import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { waitFor } from '../harness/deadline.mjs';
import { workbench } from './session.mjs';

const DOCUMENT = '001_ee7aad5dbe5596f3.txt';
const TAG = 'e2e/leadership';
const NOTE = 'Checked end to end';

// What a person answers to each prompt of Tag Selection…, recognised by its title or placeholder.
const ANSWERS = [
  { asks: /\bkind\b/, answer: 'commitment' },
  { asks: /\btags?\b/, answer: TAG },
  { asks: /\bstatus\b/, answer: 'in progress' },
  { asks: /\bnote\b/, answer: NOTE },
];

describe('Policy Lens: Tag Selection…', () => {
  it('tags a selected sentence: the annotation is in the sidecar on disk and decorated in the editor', async () => {
    const wb = workbench();
    const sentence = readFileSync(path.join(wb.workspace, DOCUMENT), 'utf8').split('\n')[21];
    assert.match(sentence, /^The department will develop a programme/);
    await wb.openFile(DOCUMENT);
    const lineStart = sentence.slice(0, 40);
    const before = await wb.decorationsOnLineOf(lineStart);

    await wb.select(sentence);
    await wb.runCommand('Policy Lens: Tag Selection');
    const prompts = await answerPrompts(wb);

    const sidecar = path.join(wb.workspace, `${DOCUMENT}.annotations.yaml`);
    const annotation = await waitFor(`the annotation in ${path.basename(sidecar)}`, () => {
      if (!existsSync(sidecar)) return undefined;
      return parse(readFileSync(sidecar, 'utf8'))?.annotations?.find((a) => a.anchor?.quote?.exact === sentence);
    });
    assert.equal(annotation.kind, 'commitment');
    assert.ok(annotation.tags.includes(TAG), `tags: [${annotation.tags}] after the prompts: ${prompts.join(' | ')}`);
    assert.equal(annotation.status, 'in progress');
    assert.equal(annotation.note, NOTE);
    const offset = readFileSync(path.join(wb.workspace, DOCUMENT), 'utf8').indexOf(sentence);
    assert.deepEqual(annotation.anchor.position, { start: offset, end: offset + sentence.length });

    const added = await waitFor('a new decoration on the tagged line', async () => {
      const now = await wb.decorationsOnLineOf(lineStart);
      const fresh = now.filter((c) => !before.includes(c));
      return fresh.length ? fresh : undefined;
    });
    assert.ok(added.length > 0);
  });
});

/** Answers each prompt in turn until none is left open; returns the prompts seen. */
async function answerPrompts(wb) {
  const seen = [];
  await waitFor('the first prompt', () => wb.quickInputVisible());
  for (let step = 0; step < 8 && (await wb.quickInputVisible()); step++) {
    const prompt = await wb.quickInputPrompt();
    seen.push(prompt);
    const answer = ANSWERS.find(({ asks }) => asks.test(prompt))?.answer;
    if (answer) {
      await wb.page.keyboard.press('Control+a');
      await wb.page.keyboard.type(answer);
      // As a person does: type, then see the answer offered (a pick) or typed (a text box), then press Enter.
      await waitFor(`the prompt "${prompt.trim()}" to take "${answer}"`, async () => {
        if ((await wb.page.inputValue('.quick-input-widget .quick-input-box input')) !== answer) return false;
        const rows = await wb.quickInputRows();
        return rows.length === 0 || rows.some((label) => label.toLowerCase().includes(answer));
      });
    }
    await wb.page.keyboard.press('Enter');
    await waitFor(`the prompt "${prompt.trim()}" to be answered`, async () => !(await wb.quickInputVisible()) || (await wb.quickInputPrompt()) !== prompt, 10_000).catch((error) => {
      throw new Error(`${error.message}; prompts so far: ${seen.join(' | ')}`);
    });
  }
  assert.equal(await wb.quickInputVisible(), false, `a prompt is still open after: ${seen.join(' | ')}`);
  return seen;
}
