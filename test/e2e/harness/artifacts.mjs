// Where a run keeps its scratch state, and what it leaves behind for a person when a step fails.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One end-to-end run: a scratch folder (removed by `dispose()`) and, created only when something
 * fails, a folder under `.e2e-artifacts/` with named screenshots and logs.
 */
export class RunFolders {
  constructor(root) {
    this.root = root;
    this.scratch = mkdtempSync(path.join(tmpdir(), 'policy-lens-e2e-'));
    this.artifacts = path.join(root, '.e2e-artifacts', new Date().toISOString().replace(/[:.]/g, '-'));
    this.saved = [];
  }

  /** A folder inside the scratch area, created if needed. */
  dir(...parts) {
    const dir = path.join(this.scratch, ...parts);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** A fresh copy of the sample corpus `seeds/`, to be the workspace a test may change. */
  workspaceCopy(name) {
    const target = path.join(this.dir(name), 'seeds');
    cpSync(path.join(this.root, 'seeds'), target, { recursive: true });
    return target;
  }

  /**
   * Saves what explains the failure of `step`: a screenshot of `page` (if any) and a copy of
   * each log file or folder; returns the saved paths.
   */
  async saveFailure(step, { page, logs = [] } = {}) {
    mkdirSync(this.artifacts, { recursive: true });
    const slug = step.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
    const saved = [];
    if (page && !page.isClosed()) {
      const shot = path.join(this.artifacts, `${slug}.png`);
      try {
        await page.screenshot({ path: shot, timeout: 10_000 });
        saved.push(shot);
      } catch (error) {
        console.log(`[e2e] could not take a screenshot for "${step}": ${error.message}`);
      }
    }
    for (const log of logs) {
      if (!existsSync(log)) continue;
      const copy = path.join(this.artifacts, `${slug}--${path.basename(log)}`);
      cpSync(log, copy, { recursive: true });
      saved.push(copy);
    }
    for (const file of saved) console.log(`[e2e] saved ${path.relative(this.root, file)}`);
    this.saved.push(...saved);
    return saved;
  }

  dispose() {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
