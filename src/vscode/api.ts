import type * as vscode from 'vscode';
import type { AnnotationTreeNode } from '../core/annotationTree';
import type { TreeNode } from '../core/itemsTree';
import type { SearchHit } from '../core/searchIndex';
import type { CorpusResult } from '../core/types';
import type { AnnotationSnapshot } from './annotationSupport';

/**
 * What `activate()` returns, for in-host tests and other extensions.
 *
 * @example
 * const api = vscode.extensions.getExtension<PolicyLensApi>('policy-lens.policy-lens')!.exports;
 * await api.ready();
 * const groups = await api.itemsTree.getChildren();
 */
export interface PolicyLensApi {
  /** Resolves once the first scan of the workspace has finished (or was cancelled). */
  ready(): Promise<void>;
  /** Resolves once no edit, file change or rescan is waiting to be extracted and linked. */
  settled(): Promise<void>;
  /** The current corpus; document paths are workspace-relative and `/`-separated. */
  result(): CorpusResult;
  /** The provider behind the `policyLens.items` view. */
  itemsTree: vscode.TreeDataProvider<TreeNode>;
  /** Searches item names, aliases and mention sentences, best first. */
  search(query: string): SearchHit[];
  /** The URI of a document path from `result()`, if it is in the corpus. */
  uriOf(document: string): vscode.Uri | undefined;
  /**
   * The annotations of a document (its sidecar is read if it was not yet), re-anchored in its current text.
   * @example await vscode.commands.executeCommand('policyLens.tagSelection', { kind: 'note' }); (await api.annotations(uri)).length // 1
   */
  annotations(uri: vscode.Uri): Promise<AnnotationSnapshot[]>;
  /** The provider behind the `policyLens.annotations` view. */
  annotationsTree: vscode.TreeDataProvider<AnnotationTreeNode>;
}
