import type { CorpusIndex } from './corpusIndex';
import { definingMention } from './relatedMentions';
import type { SearchEntry, SearchIndex } from './searchIndex';
import type { CorpusMention } from './types';
import type { WorkspaceModel } from './workspaceModel';

/** The search source holding linked items; documents' sources are `documentSource(path)`. */
export const ITEMS_SOURCE = 'items';

export function documentSource(document: string): string {
  return `doc:${document}`;
}

/** One entry per linked item: its name and aliases, pointing at its defining mention. */
export function itemEntries(index: CorpusIndex, defining: (item: string) => CorpusMention | undefined): SearchEntry[] {
  return index.result.items.map((item) => {
    const at = defining(item.id);
    const entry: SearchEntry = { kind: 'item', title: item.name, text: item.aliases.join(' '), item: item.id };
    if (at) entry.location = { document: at.document, start: at.start, end: at.end };
    return entry;
  });
}

/**
 * One entry per mention in a document: sentences by their text, actor and deadline; funding
 * figures by their words and the excerpt around them; item mentions by their own words, with
 * the excerpt shown but not searched (it repeats text already searchable, and would make the
 * index of a large corpus much bigger). Item ids are left out because re-linking may renumber
 * them; the location identifies the mention.
 */
export function documentEntries(index: CorpusIndex, document: string, snippetOf: (m: CorpusMention) => string): SearchEntry[] {
  return index.mentionsIn(document).map((m): SearchEntry => {
    const location = { document, start: m.start, end: m.end };
    switch (m.kind) {
      case 'commitment':
      case 'recommendation':
        return { kind: m.kind, title: snippetOf(m), text: [m.text, m.actor, m.deadline].filter(Boolean).join(' '), location };
      case 'funding':
        return { kind: 'funding', title: m.text, text: snippetOf(m), tags: [m.currency], location };
      case 'item':
        return { kind: 'mention', title: m.text, text: '', detail: snippetOf(m), location };
    }
  });
}

/**
 * Brings the search index up to date after `paths` changed in the model: each of those documents'
 * entries, then the items' (re-linking may rename, merge or move any item). Documents no longer in
 * the model lose their entries.
 */
export function reindexDocuments(search: SearchIndex, model: WorkspaceModel, paths: readonly string[]): void {
  const index = model.index();
  const snippetOf = (m: CorpusMention) => model.snippet(m);
  for (const path of paths) {
    if (model.has(path)) search.setSource(documentSource(path), documentEntries(index, path, snippetOf));
    else search.removeSource(documentSource(path));
  }
}

/** Replaces the items' entries: each item's name and aliases, pointing at its defining mention. */
export function reindexItems(search: SearchIndex, model: WorkspaceModel): void {
  const index = model.index();
  search.setSource(ITEMS_SOURCE, itemEntries(index, (item) => definingMention(index, item, (doc, span) => model.candidateAt(doc, span))));
}
