import type { CorpusIndex } from './corpusIndex';
import { SearchIndex, type SearchEntry, type SearchHit } from './searchIndex';
import type { CorpusMention } from './types';
import type { WorkspaceModel } from './workspaceModel';

/** The search source holding linked items; documents' sources are `documentSource(path)`. */
export const ITEMS_SOURCE = 'items';

const DOCUMENT_PREFIX = 'doc:';

export function documentSource(document: string): string {
  return DOCUMENT_PREFIX + document;
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
 * The search index of a workspace model, kept current lazily: changed documents are noted, and
 * indexed when time is given (`indexSome`, a batch at a time) or, at the latest, before the next
 * search. A first scan of a large corpus so never waits for search, nor blocks the extension host.
 *
 * @example
 * search.changed(['a.txt']);    // after model.set(a.txt)
 * search.search('recruit');     // indexes a.txt and the items first
 */
export class CorpusSearch {
  private readonly index = new SearchIndex();
  private readonly staleDocuments = new Set<string>();
  private itemsStale = false;

  constructor(private readonly model: WorkspaceModel) {}

  /** Notes documents whose extraction changed (or that are gone); re-linking may touch any item, so items too. */
  changed(paths: Iterable<string>): void {
    for (const path of paths) this.staleDocuments.add(path);
    this.itemsStale = true;
  }

  /** After the whole model was rebuilt: every document indexed before or known now is stale. */
  changedAll(): void {
    const indexed = this.index.sources().filter((source) => source.startsWith(DOCUMENT_PREFIX));
    this.changed([...indexed.map((source) => source.slice(DOCUMENT_PREFIX.length)), ...this.model.paths()]);
  }

  get pending(): boolean {
    return this.staleDocuments.size > 0 || this.itemsStale;
  }

  /** Indexes up to `limit` stale documents (then the items, once no document is stale); true while some work remains. */
  indexSome(limit: number): boolean {
    this.indexDocuments([...this.staleDocuments].slice(0, limit));
    if (this.staleDocuments.size === 0) this.indexItems();
    return this.pending;
  }

  /** Indexes these documents and the items now, ahead of any other stale document (the one being edited). */
  indexNow(paths: readonly string[]): void {
    this.indexDocuments(paths);
    this.indexItems();
  }

  private indexDocuments(paths: readonly string[]): void {
    const index = this.model.index();
    const snippetOf = (m: CorpusMention) => this.model.snippet(m);
    for (const path of paths) {
      this.staleDocuments.delete(path);
      if (this.model.has(path)) {
        this.index.setSource(documentSource(path), documentEntries(index, path, snippetOf));
      } else {
        this.index.removeSource(documentSource(path));
      }
    }
  }

  private indexItems(): void {
    if (!this.itemsStale) return;
    this.itemsStale = false;
    const index = this.model.index();
    this.index.setSource(ITEMS_SOURCE, itemEntries(index, (item) => this.model.definingMention(item)));
  }

  /** Entries of a source other than the model's documents and items, e.g. a sidecar's annotations. */
  setSource(source: string, entries: readonly SearchEntry[]): void {
    this.index.setSource(source, entries);
  }

  /** Searches the index brought fully up to date; see `SearchIndex.search`. */
  search(query: string, limit?: number): SearchHit[] {
    if (this.pending) this.indexSome(Number.POSITIVE_INFINITY);
    return this.index.search(query, limit);
  }
}
