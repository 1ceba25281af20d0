import type { CorpusMention, CorpusResult, Item, ItemMention, MentionKind } from './types';

export type CorpusItemMention = ItemMention & { document: string };

/**
 * Look-ups over one corpus result (mentions by item, by document, by kind), built once per
 * result in one pass, so the tree, hovers and references answer without rescanning every mention.
 */
export class CorpusIndex {
  private readonly itemsById = new Map<string, Item>();
  /** Made when first asked: after an edit, often nothing asks for every mention of every item. */
  private byItemMade: Map<string, CorpusItemMention[]> | undefined;
  private readonly byDocument = new Map<string, readonly CorpusMention[]>();
  /** The item mentions of each document's lists, in corpus order. */
  private readonly itemMentions: (readonly CorpusItemMention[])[] = [];
  private readonly listsOf = new Map<string, (readonly CorpusMention[])[]>();
  private readonly documentsByKind = new Map<MentionKind, string[]>();

  /**
   * `byExtraction`, when given, is `result.mentions` cut into its documents' lists (as the combiner
   * makes them): a list seen before is then read from what was noted of it, so a corpus that changed
   * in one document is indexed at little more than that document's cost.
   */
  constructor(
    readonly result: CorpusResult,
    byExtraction: readonly (readonly CorpusMention[])[] = splitByDocument(result.mentions),
  ) {
    for (const item of result.items) this.itemsById.set(item.id, item);
    for (const list of byExtraction) {
      if (list.length === 0) continue;
      const document = list[0].document;
      const known = this.byDocument.get(document);
      this.byDocument.set(document, known ? [...known, ...list] : list);
      push(this.listsOf, document, list);
      const { kinds, items } = summaryOf(list);
      if (items.length) this.itemMentions.push(items);
      for (const kind of kinds) {
        const docs = this.documentsByKind.get(kind);
        if (!docs) this.documentsByKind.set(kind, [document]);
        else if (docs[docs.length - 1] !== document) docs.push(document);
      }
    }
  }

  item(id: string): Item | undefined {
    return this.itemsById.get(id);
  }

  /** Every mention of an item, in corpus order (document order, then offset). */
  mentionsOfItem(id: string): readonly CorpusItemMention[] {
    if (!this.byItemMade) {
      this.byItemMade = new Map();
      for (const items of this.itemMentions) for (const m of items) push(this.byItemMade, m.item, m);
    }
    return this.byItemMade.get(id) ?? [];
  }

  /** An item's first mention in corpus order: that of the first document it names, noted once per document's list. */
  firstMentionOf(id: string): CorpusItemMention | undefined {
    const document = this.itemsById.get(id)?.documents[0];
    const lists = document === undefined ? undefined : this.listsOf.get(document);
    for (const list of lists ?? []) {
      const first = summaryOf(list).firsts.get(id);
      if (first) return first;
    }
    return this.mentionsOfItem(id)[0];
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

interface ListSummary {
  kinds: MentionKind[];
  items: CorpusItemMention[];
  /** Each item's first mention in the list. */
  firsts: Map<string, CorpusItemMention>;
}

const summaries = new WeakMap<readonly CorpusMention[], ListSummary>();

/** The kinds present in one document's list and its item mentions, noted once per list. */
function summaryOf(list: readonly CorpusMention[]): ListSummary {
  let summary = summaries.get(list);
  if (!summary) {
    const kinds = new Set<MentionKind>();
    const items: CorpusItemMention[] = [];
    const firsts = new Map<string, CorpusItemMention>();
    for (const m of list) {
      kinds.add(m.kind);
      if (m.kind !== 'item') continue;
      items.push(m);
      if (!firsts.has(m.item)) firsts.set(m.item, m);
    }
    summary = { kinds: [...kinds], items, firsts };
    summaries.set(list, summary);
  }
  return summary;
}

/** Mentions in corpus order cut where the document changes. */
function splitByDocument(mentions: readonly CorpusMention[]): CorpusMention[][] {
  const lists: CorpusMention[][] = [];
  for (const m of mentions) {
    const last = lists[lists.length - 1];
    if (last && last[0].document === m.document) last.push(m);
    else lists.push([m]);
  }
  return lists;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
