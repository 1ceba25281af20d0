import MiniSearch from 'minisearch';
import type { Span } from './types';

/** Where a search entry points: a span of one corpus document. */
export interface SearchLocation extends Span {
  document: string;
}

/**
 * One searchable thing. `kind` says what it is (`item`, `commitment`, `funding`, `annotation`…);
 * `title` is what a result shows first; `text` and `tags` are searched too.
 */
export interface SearchEntry {
  kind: string;
  title: string;
  text: string;
  tags?: readonly string[];
  /** Shown with a result but not searched, e.g. the sentence around a mention already searchable as a sentence. */
  detail?: string;
  /** The linked item this entry is about, if any. */
  item?: string;
  location?: SearchLocation;
}

export interface SearchHit extends SearchEntry {
  score: number;
}

interface Stored extends SearchEntry {
  id: string;
  source: string;
}

/**
 * A full-text index (prefix and fuzzy) over entries grouped by source, so that each producer
 * replaces only its own entries: `items` after a re-link, `doc:<path>` after one document is
 * re-extracted, `annotations:<path>` after a sidecar changes.
 *
 * @example
 * index.setSource('doc:a.txt', [{ kind: 'commitment', title: 'We will…', text: 'We will…', location }]);
 * index.search('recruit');
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<Stored>({
    fields: ['title', 'text', 'tags'],
    extractField: (doc, field) => {
      const value = doc[field as keyof Stored];
      return Array.isArray(value) ? value.join(' ') : (value as string | undefined) ?? '';
    },
  });
  /** Each source's entries by what is indexed of them (not where they are): see `setSource`. */
  private readonly entriesBySource = new Map<string, Map<string, Stored[]>>();
  private readonly byId = new Map<string, Stored>();
  private nextId = 0;

  /**
   * Replaces every entry of `source` with `entries`. An entry whose indexed content is unchanged keeps its
   * place in the index and only takes its new location, so an edit that shifts the rest of a document
   * re-indexes only what was really edited.
   */
  setSource(source: string, entries: readonly SearchEntry[]): void {
    const old = this.entriesBySource.get(source) ?? new Map<string, Stored[]>();
    const next = new Map<string, Stored[]>();
    // The contents already met at each place, to drop an entry given twice.
    const seen = new Map<string, string[]>();
    for (const entry of entries) {
      const content = contentKey(entry);
      const place = entry.location ? `${entry.location.start}:${entry.location.end}:${entry.location.document}` : '';
      const there = seen.get(place);
      if (there?.includes(content)) continue;
      if (there) there.push(content);
      else seen.set(place, [content]);
      let stored = old.get(content)?.pop();
      if (stored) {
        if (entry.location) stored.location = entry.location;
        else delete stored.location;
      } else {
        stored = { ...entry, id: String(this.nextId++), source };
        this.mini.add(stored);
        this.byId.set(stored.id, stored);
      }
      const same = next.get(content);
      if (same) same.push(stored);
      else next.set(content, [stored]);
    }
    for (const gone of [...old.values()].flat()) {
      this.mini.discard(gone.id);
      this.byId.delete(gone.id);
    }
    if (next.size) this.entriesBySource.set(source, next);
    else this.entriesBySource.delete(source);
  }

  removeSource(source: string): void {
    this.setSource(source, []);
  }

  /** The sources that hold at least one entry. */
  sources(): string[] {
    return [...this.entriesBySource.keys()];
  }

  /** Entries matching every word of `query` (the last word as a prefix, all words with small typos), best first. */
  search(query: string, limit = 200): SearchHit[] {
    if (!query.trim()) return [];
    const hits = this.mini.search(query, {
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
      boost: { title: 2, tags: 1.5 },
    });
    return hits.slice(0, limit).flatMap((hit) => {
      const stored = this.byId.get(hit.id as string);
      if (!stored) return [];
      const { id: _id, source: _source, ...entry } = stored;
      return [{ ...entry, score: hit.score }];
    });
  }

  get size(): number {
    return this.mini.documentCount;
  }
}

/**
 * What is indexed of an entry, as one string to compare: its fields joined by a character that
 * policy text does not hold. An edit re-keys every entry of the document, so this is kept cheap.
 */
function contentKey({ kind, title, text, tags, detail, item }: SearchEntry): string {
  return `${kind}\0${title}\0${text}\0${tags === undefined ? '\u0001' : tags.join('\u0002')}\0${detail ?? '\u0001'}\0${item ?? '\u0001'}`;
}
