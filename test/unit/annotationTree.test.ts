import * as assert from 'node:assert/strict';
import type { Annotation } from '../../src/core/annotation';
import { buildAnnotationTree, type AnnotationGroupNode, type AnnotationRecord, type AnnotationTreeNode } from '../../src/core/annotationTree';

function record(id: string, fields: Partial<Annotation>, document = 'a.txt', line: number | null = 1): AnnotationRecord {
  const annotation: Annotation = {
    id,
    kind: 'note',
    tags: [],
    author: 'me',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    anchor: { quote: { exact: id, prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    ...fields,
  };
  return { document, annotation, ...(line !== null && { line }) };
}

function outline(nodes: readonly AnnotationTreeNode[]): unknown[] {
  return nodes.map((n) => (n.type === 'group' ? { [`${n.label} (${n.count})`]: outline(n.children) } : n.record.annotation.id));
}

describe('the annotations tree', () => {
  const records = [
    record('r1', { tags: ['workforce/recruitment', 'housing'] }),
    record('r2', { tags: ['workforce'], kind: 'commitment', status: 'delayed' }, 'b.txt', 4),
    record('r3', { kind: 'commitment', status: 'announced' }, 'a.txt', 9),
    record('gone', { tags: ['housing'] }, 'b.txt', null),
  ];

  it('groups by hierarchical tag, lists an annotation under each of its tags, and puts orphans last', () => {
    assert.deepEqual(outline(buildAnnotationTree(records, 'tag')), [
      { 'housing (1)': ['r1'] },
      { 'workforce (2)': [{ 'recruitment (1)': ['r1'] }, 'r2'] },
      { '(no tag) (1)': ['r3'] },
      { 'Orphans (1)': ['gone'] },
    ]);
  });

  it('groups by kind, by status in workflow order, and by document', () => {
    assert.deepEqual(outline(buildAnnotationTree(records, 'kind')), [{ 'commitment (2)': ['r3', 'r2'] }, { 'note (1)': ['r1'] }, { 'Orphans (1)': ['gone'] }]);
    assert.deepEqual(outline(buildAnnotationTree(records, 'status')), [
      { 'announced (1)': ['r3'] },
      { 'delayed (1)': ['r2'] },
      { '(no status) (1)': ['r1'] },
      { 'Orphans (1)': ['gone'] },
    ]);
    assert.deepEqual(outline(buildAnnotationTree(records, 'document')), [{ 'a.txt (2)': ['r1', 'r3'] }, { 'b.txt (1)': ['r2'] }, { 'Orphans (1)': ['gone'] }]);
  });

  it('gives every node a unique id and a parent, so the view can reveal it', () => {
    const ids = new Set<string>();
    const visit = (nodes: readonly AnnotationTreeNode[], parent?: AnnotationGroupNode): void => {
      for (const n of nodes) {
        assert.equal(ids.has(n.id), false, `duplicate id ${n.id}`);
        ids.add(n.id);
        assert.equal(n.parent, parent);
        if (n.type === 'group') visit(n.children, n);
      }
    };
    visit(buildAnnotationTree(records, 'tag'));
    assert.ok(ids.size > 8);
  });

  it('has no Orphans group when nothing is orphaned', () => {
    assert.deepEqual(outline(buildAnnotationTree([records[0]], 'kind')), [{ 'note (1)': ['r1'] }]);
  });
});
