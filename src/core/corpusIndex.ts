import type { CorpusMention, CorpusResult, Item, ItemMention, MentionKind } from './types';

export type CorpusItemMention = ItemMention & { document: string };

/**
 * Look-ups over one corpus result (mentions by item, by document, by kind), built once per
 * result in one pass, so the tree, hovers and references answer without rescanning every mention.
 */
export class CorpusIndex {
  private readonly itemsById = new Map<string, Item>();
  private readonly byItem = new Map<string, CorpusItemMention[]>();
  private readonly byDocument = new Map<string, CorpusMention[]>();
  private readonly documentsByKind = new Map<MentionKind, string[]>();

  constructor(readonly result: CorpusResult) {
    for (const item of result.items) this.itemsById.set(item.id, item);
    for (const m of result.mentions) {
      push(this.byDocument, m.document, m);
      if (m.kind === 'item') push(this.byItem, m.item, m);
      const docs = this.documentsByKind.get(m.kind) ?? [];
      if (docs.at(-1) !== m.document) docs.push(m.document);
      this.documentsByKind.set(m.kind, docs);
    }
  }

  item(id: string): Item | undefined {
    return this.itemsById.get(id);
  }

  /** Every mention of an item, in corpus order (document order, then offset). */
  mentionsOfItem(id: string): readonly CorpusItemMention[] {
    return this.byItem.get(id) ?? [];
  }

  /** Every mention in one document, by offset. */
  mentionsIn(document: string): readonly CorpusMention[] {
    return this.byDocument.get(document) ?? [];
  }

  /** Mentions whose span contains `offset` (its end included, so a cursor just after a word still finds it). */
  mentionsAt(document: string, offset: number): CorpusMention[] {
    return this.mentionsIn(document).filter((m) => m.start <= offset && offset <= m.end);
  }

  /** Documents with at least one mention of `kind`, in corpus order. */
  documentsWith(kind: MentionKind): readonly string[] {
    return this.documentsByKind.get(kind) ?? [];
  }

  /** How many distinct documents mention an item. */
  documentCount(id: string): number {
    return this.itemsById.get(id)?.documents.length ?? 0;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
