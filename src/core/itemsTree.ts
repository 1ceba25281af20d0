import type { CorpusMention } from './types';

/** The top-level groups of the items tree, one per kind of finding. */
export type GroupKind = 'items' | 'funding' | 'commitment' | 'recommendation';

/** A kind group: at the root when grouped by kind, under a document when grouped by document. */
export interface GroupNode {
  type: 'group';
  kind: GroupKind;
  parent?: DocumentNode;
}

/** A linked item (programme, body, report…) under the `items` group. */
export interface ItemNode {
  type: 'item';
  item: string;
  parent: GroupNode;
}

/** A document: at the root when grouped by document, under a sentence or funding group when grouped by kind. */
export interface DocumentNode {
  type: 'document';
  document: string;
  parent?: GroupNode;
}

/** One mention: a leaf that opens its document at the span. */
export interface MentionNode {
  type: 'mention';
  mention: CorpusMention;
  parent: ItemNode | DocumentNode | GroupNode;
}

export type TreeNode = GroupNode | ItemNode | DocumentNode | MentionNode;
