import { Combiner } from './corpus';
import { CorpusIndex, type CorpusItemMention } from './corpusIndex';
import { extractDocument } from './extract';
import { PositionIndex } from './positions';
import { acronymDefinitions, definingMention } from './relatedMentions';
import { snippet, unchangedExcerpt } from './snippet';
import type { CorpusMention, CorpusResult, DocumentExtraction, NameCandidate, SourceDocument, Span } from './types';

interface DocumentRecord {
  extraction: DocumentExtraction;
  positions: PositionIndex;
  /** Excerpts around each extracted span, keyed `start:end`, so the text itself need not be kept. */
  snippets: Map<string, string>;
  /** The spans of names that spell out an acronym, by start then end. */
  spelledOut: Span[];
}

/**
 * The corpus of a workspace as it changes: each document's extraction is kept, so that an edit,
 * a new file or a deleted file re-extracts only that file and then re-links incrementally (see `Combiner`).
 *
 * @example
 * model.set({ path: 'a.txt', text });   // extract one document
 * model.result();                       // linked corpus, recomputed only after a change
 */
export class WorkspaceModel {
  private readonly records = new Map<string, DocumentRecord>();
  private sortedPaths: string[] | undefined;
  private cached: CorpusIndex | undefined;
  private definitions: { index: CorpusIndex; map: Map<string, CorpusItemMention> } | undefined;
  private readonly combiner = new Combiner();
  private lastSet: SourceDocument | undefined;

  /** Extracts one document, replacing what was known of it. */
  set(doc: SourceDocument): void {
    const extraction = extractDocument(doc);
    const snippets = new Map<string, string>();
    const spans: Span[] = [...extraction.funding, ...extraction.sentences, ...extraction.names];
    const earlier = this.records.get(doc.path)?.snippets;
    const unchanged = earlier && this.lastSet?.path === doc.path ? unchangedExcerpt(this.lastSet.text, doc.text) : undefined;
    for (const span of spans) {
      const was = unchanged?.(span);
      snippets.set(key(span), (was && earlier?.get(key(was))) ?? snippet(doc.text, span));
    }
    // The text of the document set last, the one being edited: its next version keeps the excerpts the edit left alone.
    this.lastSet = { path: doc.path, text: doc.text };
    if (!this.records.has(doc.path)) this.sortedPaths = undefined;
    const spelledOut = extraction.names
      .filter((n) => n.acronym !== undefined)
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.records.set(doc.path, { extraction, positions: new PositionIndex(doc.text), snippets, spelledOut });
    this.changed();
  }

  /** Forgets a document; false if it was not known. */
  delete(path: string): boolean {
    if (!this.records.delete(path)) return false;
    if (this.lastSet?.path === path) this.lastSet = undefined;
    this.sortedPaths = undefined;
    this.changed();
    return true;
  }

  clear(): void {
    this.records.clear();
    this.lastSet = undefined;
    this.sortedPaths = undefined;
    this.changed();
  }

  has(path: string): boolean {
    return this.records.has(path);
  }

  /** Document paths in corpus order (sorted, as the command line sorts them). */
  paths(): readonly string[] {
    this.sortedPaths ??= [...this.records.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sortedPaths;
  }

  /** The linked corpus and its look-ups, recomputed on the first call after a change. */
  index(): CorpusIndex {
    if (!this.cached) {
      const { result, byExtraction } = this.combiner.combineByDocument(this.paths().map((path) => (this.records.get(path) as DocumentRecord).extraction));
      this.cached = new CorpusIndex(result, byExtraction);
    }
    return this.cached;
  }

  result(): CorpusResult {
    return this.index().result;
  }

  extraction(path: string): DocumentExtraction | undefined {
    return this.records.get(path)?.extraction;
  }

  positions(path: string): PositionIndex | undefined {
    return this.records.get(path)?.positions;
  }

  /**
   * A one-line excerpt around a mention: the one kept for its span, else the one of the shortest
   * name found around it (linking may keep part of a longer name), else the mention's own text.
   */
  snippet(mention: CorpusMention): string {
    const record = this.records.get(mention.document);
    const exact = record?.snippets.get(key(mention));
    if (exact !== undefined || !record) return exact ?? mention.text.replace(/\s+/g, ' ');
    let around: NameCandidate | undefined;
    for (const name of record.extraction.names) {
      if (name.start <= mention.start && mention.end <= name.end && (!around || name.end - name.start < around.end - around.start)) around = name;
    }
    return (around && record.snippets.get(key(around))) ?? mention.text.replace(/\s+/g, ' ');
  }

  /** Where items are defined by an acronym spelled out (see `acronymDefinitions`), worked out once per linked corpus. */
  acronymDefinitions(): ReadonlyMap<string, CorpusItemMention> {
    const index = this.index();
    if (this.definitions?.index !== index) {
      this.definitions = { index, map: acronymDefinitions(index, this.paths(), (path) => this.records.get(path)?.spelledOut ?? []) };
    }
    return this.definitions.map;
  }

  /** Where an item is defined: where its acronym is spelled out, else its first mention (see `definingMention`). */
  definingMention(item: string): CorpusItemMention | undefined {
    return definingMention(this.index(), item, this.acronymDefinitions());
  }

  private changed(): void {
    this.cached = undefined;
  }
}

function key(span: Span): string {
  return `${span.start}:${span.end}`;
}
