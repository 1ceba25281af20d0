import type { CorpusIndex } from './corpusIndex';
import { distinctAliases } from './mentionSummary';
import type { SearchHit } from './searchIndex';
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

/** How the root of the tree is grouped. */
export type Grouping = 'kind' | 'document';

/** What the tree shows of a node, in plain data; the VS Code layer turns it into a `TreeItem`. */
export interface NodeView {
  /** Stable across refreshes, so expanded nodes stay expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  expandable: boolean;
  /** For `when` clauses on menus: `group`, `item`, `document`, `mention.<kind>`. */
  contextValue: string;
  /** A codicon name. */
  icon: string;
  /** The span a click opens. */
  location?: { document: string; start: number; end: number };
}

/** What the tree needs of the workspace: the linked corpus, line numbers and excerpts. */
export interface TreeSource {
  index(): CorpusIndex;
  lineOf(document: string, offset: number): number;
  snippet(mention: CorpusMention): string;
}

/** A narrowing of the tree to search results: whole items, and single mentions (by `mentionKey`). */
export interface TreeFilter {
  query: string;
  items: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
}

const GROUP_LABELS: Record<GroupKind, string> = {
  items: 'Programmes and bodies',
  funding: 'Funding',
  commitment: 'Commitments',
  recommendation: 'Recommendations',
};

const GROUP_ICONS: Record<GroupKind, string> = { items: 'symbol-class', funding: 'symbol-number', commitment: 'pass', recommendation: 'lightbulb' };
const GROUP_ORDER: readonly GroupKind[] = ['items', 'funding', 'commitment', 'recommendation'];

/** The filter for a query: the items that search hits name, and the spans they point at. */
export function filterFromHits(query: string, hits: readonly SearchHit[]): TreeFilter {
  return {
    query,
    items: new Set(hits.flatMap((h) => (h.item ? [h.item] : []))),
    mentions: new Set(hits.flatMap((h) => (h.location ? [mentionKey(h.location)] : []))),
  };
}

/** Identifies one mention across the corpus. */
export function mentionKey(m: { document: string; start: number; end: number }): string {
  return `${m.document}:${m.start}:${m.end}`;
}

/**
 * The items tree as plain data: grouped by kind (kind → item or document → mention) or by
 * document (document → kind → mention). Children are computed only when asked for, so a large
 * corpus never builds the whole tree; every node knows its parent, so the view can reveal it.
 */
export class ItemsTreeModel {
  grouping: Grouping = 'kind';
  filter: TreeFilter | undefined;

  constructor(private readonly source: TreeSource) {}

  children(node?: TreeNode): TreeNode[] {
    const index = this.source.index();
    if (!node) {
      if (this.grouping === 'document') {
        return index.result.documents.map((d): DocumentNode => ({ type: 'document', document: d.path })).filter((d) => this.children(d).length > 0);
      }
      return GROUP_ORDER.map((kind): GroupNode => ({ type: 'group', kind })).filter((g) => this.hasChildren(g));
    }
    switch (node.type) {
      case 'group':
        return this.groupChildren(node);
      case 'item':
        return this.itemMentions(node.item, node.parent.parent?.document).map((mention): MentionNode => ({ type: 'mention', mention, parent: node }));
      case 'document':
        if (node.parent) return this.mentionsOfKind(node.document, node.parent.kind).map((mention): MentionNode => ({ type: 'mention', mention, parent: node }));
        return GROUP_ORDER.map((kind): GroupNode => ({ type: 'group', kind, parent: node })).filter((g) => this.hasChildren(g));
      case 'mention':
        return [];
    }
  }

  parent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  view(node: TreeNode): NodeView {
    const index = this.source.index();
    switch (node.type) {
      case 'group': {
        const scope = node.parent ? `${node.parent.document}/` : '';
        return { id: `group:${scope}${node.kind}`, label: GROUP_LABELS[node.kind], expandable: true, contextValue: 'group', icon: GROUP_ICONS[node.kind] };
      }
      case 'item': {
        const item = index.item(node.item);
        const mentions = this.itemMentions(node.item, node.parent.parent?.document).length;
        const documents = index.documentCount(node.item);
        const aliases = item ? distinctAliases(item.name, item.aliases) : [];
        return {
          id: `item:${node.parent.parent?.document ?? ''}:${node.item}`,
          label: item?.name ?? node.item,
          description: `${plural(mentions, 'mention')} · ${plural(documents, 'document')}`,
          tooltip: item ? [item.name, aliases.length ? `Also: ${aliases.join(', ')}` : '', `Category: ${item.category}`].filter(Boolean).join('\n') : undefined,
          expandable: true,
          contextValue: 'item',
          icon: 'symbol-class',
        };
      }
      case 'document': {
        const slash = node.document.lastIndexOf('/');
        const count = node.parent ? this.mentionsOfKind(node.document, node.parent.kind).length : undefined;
        return {
          id: `document:${node.parent?.kind ?? ''}:${node.document}`,
          label: node.document.slice(slash + 1),
          description: [slash > 0 ? node.document.slice(0, slash) : '', count !== undefined ? String(count) : ''].filter(Boolean).join(' · ') || undefined,
          tooltip: node.document,
          expandable: true,
          contextValue: 'document',
          icon: 'file',
        };
      }
      case 'mention': {
        const m = node.mention;
        const line = this.source.lineOf(m.document, m.start);
        const excerpt = this.source.snippet(m);
        // Under an item the document is what tells mentions apart; under a document, the words.
        const [label, description] =
          node.parent.type === 'item'
            ? [`${basename(m.document)}:${line}`, excerpt]
            : m.kind === 'item' || m.kind === 'funding'
              ? [m.text.replace(/\s+/g, ' '), `line ${line} · ${excerpt}`]
              : [excerpt, [`line ${line}`, m.actor, m.deadline].filter(Boolean).join(' · ')];
        return {
          id: `mention:${node.parent.type}:${m.kind}:${mentionKey(m)}`,
          label,
          description,
          tooltip: `${m.document}:${line}\n${m.text}`,
          expandable: false,
          contextValue: `mention.${m.kind}`,
          icon: m.kind === 'item' ? 'symbol-reference' : GROUP_ICONS[m.kind],
          location: { document: m.document, start: m.start, end: m.end },
        };
      }
    }
  }

  private groupChildren(group: GroupNode): TreeNode[] {
    const index = this.source.index();
    const document = group.parent?.document;
    if (document) return this.mentionsOfKind(document, group.kind).map((mention): MentionNode => ({ type: 'mention', mention, parent: group }));
    if (group.kind === 'items') {
      return [...index.result.items]
        .filter((item) => this.itemMentions(item.id).length > 0)
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
        .map((item): ItemNode => ({ type: 'item', item: item.id, parent: group }));
    }
    return index
      .documentsWith(group.kind)
      .filter((d) => this.mentionsOfKind(d, group.kind).length > 0)
      .map((d): DocumentNode => ({ type: 'document', document: d, parent: group }));
  }

  private hasChildren(group: GroupNode): boolean {
    const index = this.source.index();
    const document = group.parent?.document;
    if (document) return this.mentionsOfKind(document, group.kind).length > 0;
    if (group.kind === 'items') return index.result.items.some((item) => this.itemMentions(item.id).length > 0);
    return index.documentsWith(group.kind).some((d) => this.mentionsOfKind(d, group.kind).length > 0);
  }

  /** An item's mentions (in one document, if given) that pass the filter. */
  private itemMentions(item: string, document?: string): readonly CorpusMention[] {
    const all = this.source.index().mentionsOfItem(item);
    const inScope = document ? all.filter((m) => m.document === document) : all;
    if (!this.filter || this.filter.items.has(item)) return inScope;
    const keys = this.filter.mentions;
    return inScope.filter((m) => keys.has(mentionKey(m)));
  }

  private mentionsOfKind(document: string, kind: GroupKind): CorpusMention[] {
    const wanted = kind === 'items' ? 'item' : kind;
    const filter = this.filter;
    return this.source
      .index()
      .mentionsIn(document)
      .filter((m) => m.kind === wanted && (!filter || filter.mentions.has(mentionKey(m)) || (m.kind === 'item' && filter.items.has(m.item))));
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
