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
   * Presses F1, types `title` and runs the command of that title: a string is the exact title,
   * a RegExp matches it (for titles ending in `…`). Resolves once the palette has closed.
   */
  async runCommand(title) {
    const typed = typeof title === 'string' ? title : title.source.replace(/^\^/, '').replace(/[\\(|?.$].*$/, '');
    const matches = (label) => (typeof title === 'string' ? label === title : title.test(label));
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    await this.page.waitForSelector(QUICK_INPUT_BOX, { state: 'visible' });
    await this.page.keyboard.type(typed);
    const row = await waitFor(`the palette to offer "${title}"`, async () => {
      for (const candidate of await this.page.$$(QUICK_INPUT_ROWS)) {
        const label = ((await candidate.getAttribute('aria-label')) ?? '').split(',')[0].trim();
        if (matches(label)) return candidate;
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
    const text = await this.page.textContent('#status\\.editor\\.selection');
    const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text ?? '');
    if (!match) throw new Error(`the status bar shows no cursor position: "${text}"`);
    return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
  }

  /** Moves the cursor to `line` with Go to Line (Ctrl+G). */
  async goToLine(line) {
    await this.page.keyboard.press('Control+g');
    await this.page.waitForSelector(QUICK_INPUT_BOX, { state: 'visible' });
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await waitFor(`the cursor to be on line ${line}`, async () => (await this.cursor()).line === line);
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

  /** What the open prompt asks: its title and placeholder, lower-cased. */
  async quickInputPrompt() {
    const title = (await this.page.textContent(`${QUICK_INPUT} .quick-input-title`).catch(() => '')) ?? '';
    const placeholder = (await this.page.getAttribute(QUICK_INPUT_BOX, 'placeholder').catch(() => '')) ?? '';
    const message = (await this.page.textContent(`${QUICK_INPUT} .quick-input-message`).catch(() => '')) ?? '';
    return `${title} ${placeholder} ${message}`.toLowerCase();
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
   * Clicks the first side-bar tree row whose label, description or accessible label matches `pattern`, scrolling
   * the tree as a person would when the row is out of sight (the list renders only what shows).
   */
  async clickTreeRow(pattern) {
    const scroll = { direction: 1, lastTop: undefined };
    const row = await waitFor(`a side-bar row matching ${pattern}`, async () => {
      for (const candidate of await this.page.$$(TREE_ROWS)) {
        const text = await candidate.evaluate(
          (row) => `${row.querySelector('.label-name')?.textContent ?? ''} ${row.querySelector('.label-description')?.textContent ?? ''} ${row.getAttribute('aria-label') ?? ''}`,
        );
        if (pattern.test(text)) return candidate;
      }
      await this.scrollTree(scroll);
      return undefined;
    });
    await row.scrollIntoViewIfNeeded();
    await row.click();
    return row;
  }

  /**
   * Scrolls the side-bar tree most of a screenful in `scroll.direction` (1 down, -1 up), turning
   * back when the previous scroll did not move it (an end was reached).
   */
  async scrollTree(scroll) {
    const list = await this.page.$('.sidebar .pane-body .monaco-list');
    const box = await list?.boundingBox();
    if (!box) return;
    const top = await list.evaluate((element) => element.querySelector('.monaco-list-rows')?.style.top ?? '');
    if (top === scroll.lastTop) scroll.direction = -scroll.direction;
    scroll.lastTop = top;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, scroll.direction * box.height * 0.8);
  }
}
