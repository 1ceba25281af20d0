import * as vscode from 'vscode';

/** What a multi-select step gives back: the ticked items and the text typed in its box. */
export interface PickedMany<T> {
  selected: readonly T[];
  value: string;
}

/**
 * A sequence of prompts shown one after the other in the same place: each step is shown before the
 * previous one is put away, so the prompt never flickers closed between steps (and a person, or a
 * UI test, never sees a moment with no prompt). Each step resolves with the answer, or undefined
 * when the person pressed Escape; `dispose()` closes whatever is still open.
 * @example
 * const flow = new PromptFlow();
 * try { const kind = await flow.pick({ title: 'kind', items }); } finally { flow.dispose(); }
 */
export class PromptFlow implements vscode.Disposable {
  private current: vscode.QuickInput | undefined;

  /** One item; `active` is offered first (Enter takes it). */
  pick<T extends vscode.QuickPickItem>(step: { title: string; placeholder?: string; items: readonly T[]; active?: T }): Promise<T | undefined> {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = step.title;
    pick.placeholder = step.placeholder;
    pick.items = step.items;
    if (step.active) pick.activeItems = [step.active];
    return this.run(pick, (done) => pick.onDidAccept(() => done(pick.selectedItems[0] ?? pick.activeItems[0])));
  }

  /** Several items, ticked or not, and the text typed (for values that are not among the items yet). */
  pickMany<T extends vscode.QuickPickItem>(step: { title: string; placeholder?: string; items: readonly T[]; selected: readonly T[] }): Promise<PickedMany<T> | undefined> {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = step.title;
    pick.placeholder = step.placeholder;
    pick.canSelectMany = true;
    pick.items = step.items;
    pick.selectedItems = step.selected;
    return this.run(pick, (done) => pick.onDidAccept(() => done({ selected: pick.selectedItems, value: pick.value })));
  }

  /** A line of text; `validate` returns a message for text that cannot be accepted. */
  input(step: { title: string; prompt: string; value?: string; validate?: (value: string) => string | undefined }): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = step.title;
    box.prompt = step.prompt;
    box.value = step.value ?? '';
    if (step.validate) {
      const validate = step.validate;
      box.onDidChangeValue((value) => (box.validationMessage = validate(value)));
    }
    return this.run(box, (done) =>
      box.onDidAccept(() => {
        if (!step.validate?.(box.value)) done(box.value);
      }),
    );
  }

  dispose(): void {
    this.current?.dispose();
    this.current = undefined;
  }

  private run<R>(input: vscode.QuickInput, onAccept: (done: (value: R | undefined) => void) => vscode.Disposable): Promise<R | undefined> {
    return new Promise((resolve) => {
      let settled = false;
      const done = (value: R | undefined) => {
        if (settled) return;
        settled = true;
        resolve(value);
      };
      onAccept(done);
      input.onDidHide(() => done(undefined));
      const previous = this.current;
      this.current = input;
      input.show();
      previous?.dispose();
    });
  }
}
