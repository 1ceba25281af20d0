// The workbench as a person meets it: the explorer, the palette, tabs, the status bar, views,
// editor lines and their colours. Every step waits for what a person would wait to see.
import { waitFor } from '../harness/deadline.mjs';

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .monaco-list-row`;
const TREE_ROWS = '.sidebar .pane-body .monaco-list-row';

export class Workbench {
  constructor(page, workspace) {
    this.page = page;
    // No single step may outwait a test's own deadlines.
    this.page.setDefaultTimeout(20_000);
    /** The workspace folder on disk (a copy of seeds/), for reading what the editor wrote. */
    this.workspace = workspace;
  }

  /** Loads the workbench at `url` and waits until the explorer lists the workspace. */
  async open(url) {
    await this.page.goto(url);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  /** Clicks a file in the explorer and waits for its tab to be the active one. */
  async openFile(name) {
    await this.showExplorer();
    await this.page.click(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
    await waitFor(`${name} to be the active editor`, async () => (await this.activeTab()) === name);
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor .view-line');
  }

  async showExplorer() {
    if (await this.page.isVisible('.explorer-folders-view')) return;
    await this.runCommand('View: Show Explorer');
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row');
  }

  /**
   * Presses F1, types `title` and runs the command of that title (or of that title with a closing
   * `…`, as prompting commands have). Resolves once the palette has closed.
   */
  async runCommand(title) {
    const titles = [title, `${title}…`, `${title}...`];
    // Escape closes a stray prompt; pressed in the editor it would drop the selection instead.
    if (await this.quickInputVisible()) await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    await this.page.waitForSelector(QUICK_INPUT_BOX, { state: 'visible' });
    await this.page.keyboard.type(title);
    const row = await waitFor(`the palette to offer "${title}"`, async () => {
      for (const candidate of await this.page.$$(QUICK_INPUT_ROWS)) {
        const label = ((await candidate.getAttribute('aria-label')) ?? '').split(',')[0].trim();
        if (titles.includes(label)) return candidate;
      }
      return undefined;
    });
    await row.click();
    await waitFor('the palette to close', async () => !(await this.quickInputVisible()) || !(await this.page.inputValue(QUICK_INPUT_BOX)).startsWith('>'));
  }

  /** The file name on the active editor tab, or undefined when no editor is open. */
  async activeTab() {
    const label = await this.page.getAttribute('.editor-group-container.active .tabs-container .tab.active', 'aria-label', { timeout: 1_000 }).catch(() => null);
    return label?.split(',')[0].trim();
  }

  /** The cursor as the status bar shows it: `{ line, column, selected }` (1-based; characters selected). */
  async cursor() {
    const text = await this.page.textContent('#status\\.editor\\.selection', { timeout: 1_000 });
    const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text ?? '');
    if (!match) throw new Error(`the status bar shows no cursor position: "${text}"`);
    return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
  }

  /** Selects the first occurrence of `text` in the active editor with Find (Ctrl+F), then closes Find. */
  async select(text) {
    await this.page.click('.editor-group-container.active .monaco-editor .view-lines');
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+f');
    await this.page.waitForSelector('.editor-group-container.active .find-widget.visible textarea, .editor-group-container.active .find-widget.visible input');
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
    await waitFor(`"${text.slice(0, 40)}…" to be selected`, async () => (await this.cursor()).selected === text.length);
  }

  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
    await waitFor('every editor to close', async () => (await this.activeTab()) === undefined);
  }

  /** Whether the palette or a prompt (quick input) is showing. */
  quickInputVisible() {
    return this.page.isVisible(QUICK_INPUT_BOX);
  }

  /** What the open prompt asks: its title, placeholder and message, lower-cased. */
  quickInputPrompt() {
    return this.page.evaluate((widget) => {
      const root = document.querySelector(widget);
      const title = root?.querySelector('.quick-input-title')?.textContent ?? '';
      const placeholder = root?.querySelector('.quick-input-box input')?.getAttribute('placeholder') ?? '';
      const message = root?.querySelector('.quick-input-message')?.textContent ?? '';
      return `${title} ${placeholder} ${message}`.toLowerCase();
    }, QUICK_INPUT);
  }

  /** The labels of the rows the open quick input offers. */
  quickInputRows() {
    return this.page.$$eval(QUICK_INPUT_ROWS, (rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
  }

  /**
   * The computed colour of the editor text at the first occurrence of `text` on a rendered line
   * of the active editor, and the colour of plain text in that editor, once tokenization has run.
   */
  async tokenColour(text) {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return undefined;
      const plainSpan = editor.querySelector('.view-line span.mtk1');
      for (const line of editor.querySelectorAll('.view-line')) {
        const spans = [...line.querySelectorAll(':scope > span > span')];
        // Monaco renders spaces as no-break spaces.
        const joined = spans.map((span) => span.textContent).join('').replace(/\u00a0/g, ' ');
        const at = joined.indexOf(wanted);
        if (at < 0) continue;
        let offset = 0;
        for (const span of spans) {
          offset += span.textContent.length;
          if (offset > at) {
            return { colour: getComputedStyle(span).color, plain: plainSpan ? getComputedStyle(plainSpan).color : getComputedStyle(line).color, className: span.className };
          }
        }
      }
      return undefined;
    }, text);
  }

  /**
   * The decoration classes drawn on the editor line showing `text` (in the text, the overlays
   * and the gutter), to tell what a change added to that line.
   */
  async decorationsOnLineOf(text) {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return [];
      const line = [...editor.querySelectorAll('.view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(wanted));
      if (!line) return [];
      const top = line.style.top;
      const classes = new Set();
      const add = (element) => element.classList.forEach((c) => classes.add(c));
      line.querySelectorAll('span').forEach((span) => {
        if (!/^mtk\d+$/.test(span.className)) add(span);
      });
      for (const overlay of editor.querySelectorAll('.view-overlays > div, .margin-view-overlays > div')) {
        if (overlay.style.top === top) overlay.querySelectorAll('*').forEach(add);
      }
      return [...classes].sort();
    }, text);
  }

  /** Clicks the Policy Lens icon in the activity bar (unless its side bar is showing) and waits for its view. */
  async showPolicyLens() {
    const icon = '.activitybar .action-item:has([aria-label^="Policy Lens"])';
    await this.page.waitForSelector(icon, { timeout: 30_000 });
    if (!(await this.page.isVisible(`${icon}.checked`))) await this.page.click(icon);
    await waitFor('the Policy Lens view to list something', async () => (await this.treeRows()).length > 0);
  }

  /** The rows of the tree views in the side bar: `{ label, description, expanded }`. */
  async treeRows() {
    return this.page.$$eval(TREE_ROWS, (rows) =>
      rows.map((row) => ({
        label: row.querySelector('.label-name')?.textContent ?? '',
        description: row.querySelector('.label-description')?.textContent ?? '',
        ariaLabel: row.getAttribute('aria-label') ?? '',
        expanded: row.getAttribute('aria-expanded'),
      })),
    );
  }

  /**
   * Clicks the first side-bar tree row whose label, description or accessible label matches
   * `pattern`, first scrolling the tree as a person would until the row is in sight (the list
   * renders a few rows beyond what shows, and another view may cover them).
   */
  async clickTreeRow(pattern) {
    const scroll = { direction: 1, lastTop: undefined };
    const row = await waitFor(`a side-bar row matching ${pattern} in sight`, async () => {
      for (const candidate of await this.page.$$(TREE_ROWS)) {
        const text = await candidate.evaluate(
          (row) => `${row.querySelector('.label-name')?.textContent ?? ''} ${row.querySelector('.label-description')?.textContent ?? ''} ${row.getAttribute('aria-label') ?? ''}`,
        );
        if (!pattern.test(text)) continue;
        const offset = await candidate.evaluate((row) => {
          const list = row.closest('.monaco-list').getBoundingClientRect();
          const box = row.getBoundingClientRect();
          if (box.top < list.top) return box.top - list.top;
          if (box.bottom > list.bottom) return box.bottom - list.bottom;
          return 0;
        });
        if (offset === 0) return candidate;
        await this.wheelTree(candidate, offset);
        return undefined;
      }
      await this.scrollTree(scroll);
      return undefined;
    });
    await row.click();
    return row;
  }

  /**
   * Scrolls the side-bar tree most of a screenful in `scroll.direction` (1 down, -1 up), turning
   * back when the previous scroll did not move it (an end was reached).
   */
  async scrollTree(scroll) {
    const list = await this.page.$('.sidebar .pane-body .monaco-list');
    if (!list) return;
    const top = await list.evaluate((element) => element.querySelector('.monaco-list-rows')?.style.top ?? '');
    if (top === scroll.lastTop) scroll.direction = -scroll.direction;
    scroll.lastTop = top;
    const box = await list.boundingBox();
    if (box) await this.wheelTree(list, scroll.direction * box.height * 0.8);
  }

  /** Turns the mouse wheel by `deltaY` pixels over `element`'s tree. */
  async wheelTree(element, deltaY) {
    const box = await element.evaluate((e) => {
      const { x, y, width, height } = e.closest('.monaco-list').getBoundingClientRect();
      return { x, y, width, height };
    });
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}
