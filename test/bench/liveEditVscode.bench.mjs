// `npm run bench:live:vscode`: a live edit as a user makes it, in a real VS Code. A workspace of
// 1,000 policy-like documents, one of them 100 KB; that document is opened and a sentence typed
// into it, again and again: in turn plain prose, and a sentence naming a new programme (which changes
// what the linker knows, the costlier case; see liveEditCorpus.mjs). After each edit the extension logs how long it took
// from the end of the typing debounce until extraction, linking, the search index, the decorations,
// the tree and the status bar were updated; this prints those figures. Asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTS, editKind, editSentence, liveEditCorpus } from './liveEditCorpus.mjs';
import { RunFolders } from '../e2e/harness/artifacts.mjs';
import { waitFor } from '../e2e/harness/deadline.mjs';
import { log, root, summary, withVsCode } from './vscodeSession.mjs';

const EDITS = Number(process.env.BENCH_RUNS ?? 10);
const BIG = 'edited.txt';
/** The phases of an update, as the extension's log line names them. */
const PHASES = ['extraction', 'linking', 'views', 'search index'];

const folders = new RunFolders(root);
process.on('exit', () => folders.dispose());
try {
  const workspace = folders.dir('bench-live', 'corpus');
  generate(workspace);
  await withVsCode(folders, workspace, async ({ workbench, url, extensionLog }) => {
    await workbench.open(url);
    await workbench.openFile(BIG);
    const read = await waitFor('the first scan to finish', async () => /Read (\d+) documents in (\d+) ms/.exec(extensionLog()), { timeoutMs: 300_000, intervalMs: 500 });
    log(`first scan: ${read[1]} documents in ${read[2]} ms`);
    const figures = { prose: [], naming: [] };
    for (let edit = 1; edit <= EDITS; edit++) {
      const kind = editKind(edit);
      const sentence = editSentence(edit);
      const before = updates(extensionLog()).length;
      await workbench.page.click('.editor-group-container.active .monaco-editor .view-lines');
      await workbench.page.keyboard.press('Control+End');
      await workbench.page.keyboard.insertText(`\n${sentence}`);
      const update = await waitFor('the edit to be applied', async () => updates(extensionLog())[before], { timeoutMs: 30_000 });
      figures[kind].push(update);
      log(`edit ${edit} (${kind === 'prose' ? 'plain prose' : 'names a programme'}): ${update.line}`);
    }
    console.log(`live edit of a 100 KB document in ${DOCUMENTS} documents (target <= 100 ms):`);
    for (const [kind, label] of [['prose', 'plain prose:      '], ['naming', 'names a programme:']]) {
      const list = figures[kind];
      const phases = PHASES.map((phase) => `${phase} ${median(list.map((u) => u[phase]))}`).join(', ');
      console.log(`  ${label} ${summary(list.map((u) => u.total))}; medians: ${phases}`);
    }
  });
} catch (error) {
  log(`could not measure: ${error.message}`);
  process.exitCode = 1;
} finally {
  folders.dispose();
}

/** The extension's "Updated edited.txt in N ms (extraction N, …)" lines, oldest first. */
function updates(text) {
  return [...text.matchAll(/Updated edited\.txt in (\d+) ms \(([^)]*)\)/g)].map(([line, total, parts]) => {
    const update = { line, total: Number(total) };
    for (const phase of PHASES) update[phase] = Number(new RegExp(`${phase} (\\d+)`).exec(parts)?.[1]);
    return update;
  });
}

function median(list) {
  return [...list].sort((a, b) => a - b)[list.length >> 1];
}

function generate(dir) {
  const { big, others } = liveEditCorpus(root);
  writeFileSync(path.join(dir, BIG), big);
  mkdirSync(path.join(dir, 'more'));
  others.forEach((text, i) => writeFileSync(path.join(dir, 'more', `doc-${String(i + 1).padStart(4, '0')}.txt`), text));
}
