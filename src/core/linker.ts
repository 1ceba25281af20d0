import type { DocumentExtraction, Item, ItemMention } from './types';

export interface Linked {
  items: Item[];
  mentions: (ItemMention & { document: string })[];
}

/** Links the names found in each document into items shared across documents. */
export function linkItems(extractions: readonly DocumentExtraction[]): Linked {
  const byKey = new Map<string, Item>();
  const mentions: Linked['mentions'] = [];
  for (const doc of extractions) {
    for (const name of doc.names) {
      const key = name.text.toLowerCase();
      let item = byKey.get(key);
      if (!item) {
        item = { id: `item-${byKey.size + 1}`, name: name.text, category: name.category, aliases: [], documents: [] };
        byKey.set(key, item);
      }
      if (!item.documents.includes(doc.path)) item.documents.push(doc.path);
      mentions.push({ kind: 'item', document: doc.path, start: name.start, end: name.end, text: name.text, item: item.id });
    }
  }
  return { items: [...byKey.values()], mentions };
}
