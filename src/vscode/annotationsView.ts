import * as vscode from 'vscode';
import { ANNOTATION_GROUPINGS, buildAnnotationTree, type AnnotationGrouping, type AnnotationRecord, type AnnotationTreeNode } from '../core/annotationTree';
import { Commands, ContextKeys, Views } from './commands';
import type { AnnotationEntry, AnnotationService } from './annotationService';

interface ViewRecord extends AnnotationRecord {
  entry: AnnotationEntry;
}

/**
 * The `policyLens.annotations` tree: annotations grouped by tag, kind, status or document, with an
 * Orphans group. Its annotation nodes are what the inline edit and delete actions pass to those commands.
 */
export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<AnnotationTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: AnnotationTreeNode[] | undefined;
  private grouping: AnnotationGrouping = 'tag';
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: AnnotationService) {
    this.subscription = service.onDidChange(() => this.refresh());
  }

  get groupedBy(): AnnotationGrouping {
    return this.grouping;
  }

  setGrouping(grouping: AnnotationGrouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', ContextKeys.annotationsGroupedBy, grouping);
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: AnnotationTreeNode): AnnotationTreeNode[] {
    if (!node) return (this.roots ??= this.build());
    return node.type === 'group' ? node.children : [];
  }

  getParent(node: AnnotationTreeNode): AnnotationTreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: AnnotationTreeNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, node.parent ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(node.orphans ? 'warning' : this.grouping === 'document' ? 'file' : this.grouping === 'tag' ? 'tag' : 'folder');
      item.contextValue = node.orphans ? 'annotationOrphans' : 'annotationGroup';
      if (node.orphans) item.tooltip = 'Annotations whose text is no longer in their document. Select the text it now refers to, then Edit › Re-attach.';
      return item;
    }
    const { entry } = node.record as ViewRecord;
    const a = entry.annotation;
    const item = new vscode.TreeItem(preview(a.anchor.quote.exact), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = [a.kind, a.status, this.grouping === 'document' ? undefined : entry.document, node.record.line ? `line ${node.record.line}` : 'orphaned']
      .filter(Boolean)
      .join(' · ');
    item.tooltip = tooltipOf(entry);
    item.iconPath = new vscode.ThemeIcon(entry.span ? 'note' : 'debug-disconnect');
    item.contextValue = entry.span ? 'annotation' : 'orphanedAnnotation';
    const selection = this.service.rangeOf(entry);
    item.command = { title: 'Open Annotation', command: 'vscode.open', arguments: [entry.uri, { selection, preview: true } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private build(): AnnotationTreeNode[] {
    const records: ViewRecord[] = this.service.entries().map((entry) => {
      const range = this.service.rangeOf(entry);
      return { document: entry.document, annotation: entry.annotation, entry, ...(range && { line: range.start.line + 1 }) };
    });
    return buildAnnotationTree(records, this.grouping);
  }
}

/** Registers the annotations view and its group-by command. */
export function registerAnnotationsView(provider: AnnotationsTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView(Views.annotations, { treeDataProvider: provider, showCollapseAll: true });
  void vscode.commands.executeCommand('setContext', ContextKeys.annotationsGroupedBy, provider.groupedBy);
  return vscode.Disposable.from(
    view,
    vscode.commands.registerCommand(Commands.groupAnnotationsBy, async (grouping?: AnnotationGrouping) => {
      const chosen =
        grouping && ANNOTATION_GROUPINGS.includes(grouping)
          ? grouping
          : (
              await vscode.window.showQuickPick(
                ANNOTATION_GROUPINGS.map((g) => ({ label: `Group by ${g}`, description: g === provider.groupedBy ? 'current' : undefined, grouping: g })),
                { title: 'Group Annotations' },
              )
            )?.grouping;
      if (chosen) provider.setGrouping(chosen);
      return chosen;
    }),
  );
}

/** A hover-style summary: kind, status, tags, note, author and dates. */
export function tooltipOf(entry: AnnotationEntry): vscode.MarkdownString {
  const a = entry.annotation;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(a.kind)}**${a.status ? ` · ${escape(a.status)}` : ''}${entry.span ? '' : ' · _orphaned: its text is gone_'}\n\n`);
  if (a.tags.length) md.appendMarkdown(`${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(' ')}\n\n`);
  if (a.note) md.appendMarkdown(`${escape(a.note)}\n\n`);
  md.appendMarkdown(`_${escape(a.author)}, ${a.modified.slice(0, 10)}_`);
  return md;
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
