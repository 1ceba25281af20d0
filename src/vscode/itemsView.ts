import * as vscode from 'vscode';
import { ItemsTreeModel } from '../core/itemsTree';
import type { Grouping, TreeFilter, TreeNode } from '../core/itemsTree';
import { Commands, ContextKeys, Views } from './commands';
import type { CorpusService } from './corpusService';

/**
 * The `policyLens.items` tree: a thin VS Code face over `ItemsTreeModel`. Children are computed
 * when a node is expanded; `getParent` lets the view reveal any node.
 */
export class ItemsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly model: ItemsTreeModel;
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService) {
    this.model = new ItemsTreeModel({
      index: () => corpus.model.index(),
      lineOf: (document, offset) => (corpus.model.positions(document)?.positionAt(offset).line ?? 0) + 1,
      snippet: (mention) => corpus.model.snippet(mention),
    });
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const view = this.model.view(node);
    const item = new vscode.TreeItem(view.label, view.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = view.id;
    item.description = view.description;
    item.tooltip = view.tooltip;
    item.contextValue = view.contextValue;
    item.iconPath = new vscode.ThemeIcon(view.icon);
    if (node.type === 'group' && !node.parent) item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    if (node.type === 'document') {
      // With its URI the row takes the file icon of the user's icon theme.
      item.resourceUri = this.corpus.uriOf(node.document);
      if (item.resourceUri) item.iconPath = vscode.ThemeIcon.File;
    }
    if (view.location) {
      const uri = this.corpus.uriOf(view.location.document);
      const range = node.type === 'mention' ? this.corpus.rangeOf(node.mention) : undefined;
      if (uri) {
        item.command = { title: 'Open Mention', command: 'vscode.open', arguments: [uri, { selection: range, preview: true } satisfies vscode.TextDocumentShowOptions] };
      }
    }
    return item;
  }

  setGrouping(grouping: Grouping): void {
    this.model.grouping = grouping;
    void vscode.commands.executeCommand('setContext', ContextKeys.groupedBy, grouping);
    this.refresh();
  }

  setFilter(filter: TreeFilter | undefined): void {
    this.model.filter = filter;
    void vscode.commands.executeCommand('setContext', ContextKeys.filtered, filter !== undefined);
    this.refresh();
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

/** Registers the items view, its grouping commands, and keeps it and the welcome content current. */
export function registerItemsView(corpus: CorpusService, provider: ItemsTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView(Views.items, { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = () => {
    const filter = provider.model.filter;
    view.message = filter ? `Filtered by "${filter.query}"` : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasDocuments, corpus.model.paths().length > 0);
  };
  void vscode.commands.executeCommand('setContext', ContextKeys.groupedBy, provider.model.grouping);
  return vscode.Disposable.from(
    view,
    provider,
    corpus.onDidChange(() => {
      updateMessage();
      provider.refresh();
    }),
    provider.onDidChangeTreeData(updateMessage),
    vscode.commands.registerCommand(Commands.groupByDocument, () => provider.setGrouping('document')),
    vscode.commands.registerCommand(Commands.groupByKind, () => provider.setGrouping('kind')),
  );
}
