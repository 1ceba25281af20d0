import { CorpusIndex } from '../../src/core/corpusIndex';
import type { CorpusMention, Item, ItemCategory } from '../../src/core/types';

/**
 * Builds small corpora by hand for the tree, search and navigation specifications, so they do
 * not depend on what the extractors currently find.
 *
 * @example corpus().doc('a.txt', 'The Regional Care Co-operatives (RCCs) will …').item('rcc', 'Regional Care Co-operatives', ['RCCs']).mention('a.txt', 'rcc', 'Regional Care Co-operatives').index()
 */
export function corpus(): CorpusBuilder {
  return new CorpusBuilder();
}

export class CorpusBuilder {
  readonly texts = new Map<string, string>();
  private readonly items: Item[] = [];
  private readonly mentions: CorpusMention[] = [];

  doc(path: string, text: string): this {
    this.texts.set(path, text);
    return this;
  }

  item(id: string, name: string, aliases: string[] = [], category: ItemCategory = 'programme'): this {
    this.items.push({ id, name, category, aliases, documents: [] });
    return this;
  }

  /** A mention of `item` at the `occurrence`-th place `text` appears in the document. */
  mention(document: string, item: string, text: string, occurrence = 1): this {
    const start = this.find(document, text, occurrence);
    this.mentions.push({ kind: 'item', document, start, end: start + text.length, text, item });
    const found = this.items.find((i) => i.id === item);
    if (found && !found.documents.includes(document)) found.documents.push(document);
    return this;
  }

  sentence(document: string, kind: 'commitment' | 'recommendation', text: string, extra: { actor?: string; deadline?: string } = {}): this {
    const start = this.find(document, text, 1);
    this.mentions.push({ kind, document, start, end: start + text.length, text, ...extra });
    return this;
  }

  funding(document: string, text: string, amount: number, currency = 'GBP'): this {
    const start = this.find(document, text, 1);
    this.mentions.push({ kind: 'funding', document, start, end: start + text.length, text, amount, currency, policy: true });
    return this;
  }

  index(): CorpusIndex {
    const order = [...this.texts.keys()];
    const mentions = [...this.mentions].sort((a, b) => order.indexOf(a.document) - order.indexOf(b.document) || a.start - b.start || a.end - b.end);
    for (const item of this.items) item.documents.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return new CorpusIndex({ documents: order.map((path) => ({ path })), mentions, items: this.items });
  }

  private find(document: string, text: string, occurrence: number): number {
    const body = this.texts.get(document);
    if (body === undefined) throw new Error(`no document ${document}`);
    let at = -1;
    for (let n = 0; n < occurrence; n++) {
      at = body.indexOf(text, at + 1);
      if (at < 0) throw new Error(`"${text}" occurs fewer than ${occurrence} times in ${document}`);
    }
    return at;
  }
}
