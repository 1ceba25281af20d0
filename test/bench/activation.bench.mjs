// `npm run bench:activation`: how long Policy Lens takes to activate in a real VS Code, as VS Code
// itself reports it (Developer: Show Running Extensions gives code loading + the activate call),
// on a copy of the sample corpus: opens a seed document, reads the figure, loads the window again
// (a new extension host) and reads it again. Prints the figures; asserts nothing.
import { readdirSync } from 'node:fs';
import { RunFolders } from '../e2e/harness/artifacts.mjs';
import { waitFor } from '../e2e/harness/deadline.mjs';
import { log, root, summary, withVsCode } from './vscodeSession.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const folders = new RunFolders(root);
process.on('exit', () => folders.dispose());
try {
  const workspace = folders.workspaceCopy('bench-workspace');
  const seed = readdirSync(workspace).filter((name) => name.endsWith('.txt')).sort()[0];
  await withVsCode(folders, workspace, async ({ workbench, url, extensionLog }) => {
    const figures = [];
    for (let run = 1; run <= RUNS; run++) {
      await workbench.open(url);
      await workbench.closeAllEditors();
      await workbench.openFile(seed);
      const ms = await activationTime(workbench);
      const call = /Activated in (\d+) ms/.exec(extensionLog())?.[1];
      figures.push(ms);
      log(`window load ${run}: activation ${ms} ms (code loading + activate call${call ? `; the activate call alone ${call} ms` : ''})`);
    }
    console.log(`activation on the seeds over ${RUNS} window loads: ${summary(figures)} (target < 200 ms)`);
  });
} catch (error) {
  log(`could not measure: ${error.message}`);
  process.exitCode = 1;
} finally {
  folders.dispose();
}

/** Opens Running Extensions and reads Policy Lens's activation time, once VS Code has one. */
async function activationTime(workbench) {
  await workbench.runCommand('Developer: Show Running Extensions');
  const text = await waitFor('Running Extensions to show Policy Lens activated', async () => {
    for (const row of await workbench.page.$$('.runtime-extensions-editor .monaco-list-row')) {
      const name = await row.$eval('.name', (el) => el.textContent).catch(() => '');
      if (name !== 'Policy Lens') continue;
      const time = await row.$eval('.activation-time', (el) => el.textContent).catch(() => '');
      if (/\d+ms/.test(time)) return time;
    }
    return undefined;
  });
  return Number(/(\d+)ms/.exec(text)[1]);
}
