import type { Annotation } from './annotation';
import { COMMITMENT_STATUSES } from './annotation';

/** How the annotations view groups annotations. */
export type AnnotationGrouping = 'tag' | 'kind' | 'status' | 'document';
export const ANNOTATION_GROUPINGS: readonly AnnotationGrouping[] = ['tag', 'kind', 'status', 'document'];

/** An annotation as the view lists it; no `line` when it is orphaned. */
export interface AnnotationRecord {
  document: string;
  annotation: Annotation;
  /** 1-based line of its start in the current text. */
  line?: number;
}

export interface AnnotationGroupNode {
  type: 'group';
  /** Unique in the tree, stable across rebuilds (for `TreeItem.id`). */
  id: string;
  label: string;
  /** The Orphans group, listing annotations whose text is gone. */
  orphans: boolean;
  parent?: AnnotationGroupNode;
  children: AnnotationTreeNode[];
  /** Annotations at or below this group. */
  count: number;
}

export interface AnnotationLeafNode {
  type: 'annotation';
  id: string;
  record: AnnotationRecord;
  parent: AnnotationGroupNode;
}

export type AnnotationTreeNode = AnnotationGroupNode | AnnotationLeafNode;

export const NO_TAG = '(no tag)';
export const NO_STATUS = '(no status)';
export const ORPHANS = 'Orphans';

/**
 * Groups annotations for the view: by tag (hierarchical: `workforce/recruitment` sits under
 * `workforce`; an annotation is listed under each of its tags), kind, status or document.
 * Orphaned annotations are listed only in a last `Orphans` group, for review and re-attachment.
 * @example buildAnnotationTree(records, 'tag') // [workforce › recruitment › …, (no tag) › …, Orphans › …]
 */
export function buildAnnotationTree(records: readonly AnnotationRecord[], grouping: AnnotationGrouping): AnnotationGroupNode[] {
  const roots = new Map<string, AnnotationGroupNode>();
  const orphans: AnnotationGroupNode = { type: 'group', id: 'orphans', label: ORPHANS, orphans: true, children: [], count: 0 };
  const sorted = [...records].sort((a, b) => compare(a.document, b.document) || (a.line ?? 0) - (b.line ?? 0) || compare(a.annotation.id, b.annotation.id));
  for (const record of sorted) {
    if (record.line === undefined) {
      addLeaf(orphans, record);
      continue;
    }
    for (const path of groupPaths(record, grouping)) {
      let siblings = roots;
      let parent: AnnotationGroupNode | undefined;
      for (const [depth, label] of path.entries()) {
        const id = `${grouping}:${path.slice(0, depth + 1).join('/')}`;
        let group = siblings.get(label);
        if (!group) {
          group = { type: 'group', id, label, orphans: false, parent, children: [], count: 0 };
          siblings.set(label, group);
          if (parent) parent.children.push(group);
        }
        parent = group;
        siblings = new Map(group.children.filter((c): c is AnnotationGroupNode => c.type === 'group').map((c) => [c.label, c]));
      }
      if (parent) addLeaf(parent, record);
    }
  }
  const result = [...roots.values()];
  sortGroups(result, grouping);
  return orphans.count ? [...result, orphans] : result;
}

function groupPaths(record: AnnotationRecord, grouping: AnnotationGrouping): string[][] {
  const a = record.annotation;
  switch (grouping) {
    case 'tag':
      return a.tags.length ? a.tags.map((t) => t.split('/')) : [[NO_TAG]];
    case 'kind':
      return [[a.kind]];
    case 'status':
      return [[a.status ?? NO_STATUS]];
    case 'document':
      return [[record.document]];
  }
}

function addLeaf(group: AnnotationGroupNode, record: AnnotationRecord): void {
  group.children.push({ type: 'annotation', id: `${group.id}#${record.annotation.id}`, record, parent: group });
  for (let g: AnnotationGroupNode | undefined = group; g; g = g.parent) g.count++;
}

/** Groups alphabetically, with the placeholder groups last; leaves keep document and line order. */
function sortGroups(groups: AnnotationGroupNode[], grouping: AnnotationGrouping): void {
  const rank = (label: string) => (label === NO_TAG || label === NO_STATUS ? 1 : 0);
  groups.sort((a, b) => rank(a.label) - rank(b.label) || (grouping === 'status' ? statusOrder(a.label) - statusOrder(b.label) : 0) || compare(a.label, b.label));
  for (const g of groups) {
    const subgroups = g.children.filter((c): c is AnnotationGroupNode => c.type === 'group');
    sortGroups(subgroups, grouping);
    g.children = [...subgroups, ...g.children.filter((c) => c.type === 'annotation')];
  }
}

function statusOrder(label: string): number {
  const i = (COMMITMENT_STATUSES as readonly string[]).indexOf(label);
  return i < 0 ? COMMITMENT_STATUSES.length : i;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
