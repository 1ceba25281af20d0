import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '../harness/deadline.mjs';
import { workbench } from './session.mjs';

const RCC = /regional care co-operatives/i;
// A mention row names its document and line.
const MENTION = /(001_ee7aad5dbe5596f3|003_f4a3b96c11f91992)\.txt:\d+/;

describe('The Policy Lens view', () => {
  it('shows the items grouped by kind and expands Regional Care Co-operatives, mentioned in two documents, to its mentions', async () => {
    const wb = workbench();
    await wb.openFile('001_ee7aad5dbe5596f3.txt');
    await wb.showPolicyLens();
    await waitFor('the kind groups', async () => (await wb.treeRows()).some((row) => row.label === 'Programmes and bodies'));
    await expand(wb, /^Programmes and bodies/);
    await expand(wb, RCC);
    const rows = await waitFor('a mention under the expanded item', async () => {
      const all = await wb.treeRows();
      const at = all.findIndex((row) => RCC.test(row.label));
      const next = at >= 0 ? all[at + 1] : undefined;
      return next && MENTION.test(`${next.label} ${next.description} ${next.ariaLabel}`) ? all : undefined;
    });
    const item = rows.find((row) => RCC.test(row.label));
    assert.match(item.description, /\b2 documents\b/);
  });

  it('opens a mention in the other document on its line when it is clicked', async () => {
    const wb = workbench();
    await wb.openFile('001_ee7aad5dbe5596f3.txt');
    await wb.showPolicyLens();
    await expand(wb, /^Programmes and bodies/);
    await expand(wb, RCC);
    await wb.clickTreeRow(/003_f4a3b96c11f91992/);
    await waitFor('003_f4a3b96c11f91992.txt to open', async () => (await wb.activeTab()) === '003_f4a3b96c11f91992.txt');
    const { line, selected } = await waitFor('the mention to be selected', async () => {
      const cursor = await wb.cursor();
      return cursor.selected > 0 ? cursor : undefined;
    });
    const text = readFileSync(path.join(wb.workspace, '003_f4a3b96c11f91992.txt'), 'utf8').split('\n')[line - 1];
    assert.match(text, /regional care co-operatives|RCCs/i, `line ${line} is a mention`);
    assert.ok(selected > 0, 'the mention is selected');
  });
});

/** Expands the tree row matching `pattern` unless it is already expanded. */
async function expand(wb, pattern) {
  const rows = await wb.treeRows();
  const row = rows.find((r) => pattern.test(`${r.label} ${r.description}`));
  if (row?.expanded === 'true') return;
  const element = await wb.clickTreeRow(pattern);
  await waitFor(`${pattern} to expand`, async () => (await element.getAttribute('aria-expanded')) === 'true');
}
