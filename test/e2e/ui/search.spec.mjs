import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '../harness/deadline.mjs';
import { workbench } from './session.mjs';

describe('Policy Lens: Search…', () => {
  it('finds what is typed and opens the chosen result at its span', async () => {
    const wb = workbench();
    await wb.runCommand('Policy Lens: Search');
    await wb.page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
    await wb.page.keyboard.type('regional care');
    await waitFor('results for "regional care"', async () => (await wb.quickInputRows()).some((label) => /regional care/i.test(label)));
    await wb.page.keyboard.press('Enter');
    const document = await waitFor('a seed document to open', async () => {
      const tab = await wb.activeTab();
      return tab && /^\d{3}_\w+\.txt$/.test(tab) ? tab : undefined;
    });
    const { line, selected } = await waitFor('the result to be selected', async () => {
      const cursor = await wb.cursor();
      return cursor.selected > 0 ? cursor : undefined;
    });
    const text = readFileSync(path.join(wb.workspace, document), 'utf8').split('\n')[line - 1];
    assert.match(text, /regional care|RCCs/i, `${document} line ${line} is what was searched for`);
    assert.ok(selected > 0);
  });
});
