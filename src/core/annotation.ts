import type * as z from 'zod/mini';
import type { annotationSchema, sidecarSchema, textPositionSelector, textQuoteSelector } from './annotationSchema';

/** The sidecar format this code reads and writes; a file with another `version` is reported, never rewritten. */
export const SIDECAR_VERSION = 1;

/** Kinds offered first; any other non-empty kind is allowed (the user adds their own). */
export const BUILT_IN_KINDS = ['commitment', 'recommendation', 'funding', 'note'] as const;

/** Where a commitment stands. */
export const COMMITMENT_STATUSES = ['announced', 'in progress', 'delivered', 'delayed', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Hierarchical tags such as `workforce/recruitment`: no empty segment, no line break. */
export const TAG_PATTERN = /^[^/\r\n]+(\/[^/\r\n]+)*$/;

/** W3C Web Annotation TextQuoteSelector: the exact text with some context either side. */
export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;
/** W3C Web Annotation TextPositionSelector: UTF-16 offsets, end exclusive; a hint once the text has changed. */
export type TextPositionSelector = z.infer<typeof textPositionSelector>;

export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A researcher's annotation of a span of one source document. */
export type Annotation = z.infer<typeof annotationSchema>;

/** The content of `<source file name>.annotations.yaml`. */
export type Sidecar = z.infer<typeof sidecarSchema>;

/** The fields a user chooses; the rest (id, times, author, anchor) are filled in by the store. */
export interface AnnotationFields {
  kind: string;
  tags?: string[];
  status?: CommitmentStatus;
  note?: string;
}

/** An annotation as exported by `policy-lens scan --json`: re-anchored offsets and text, or orphaned without offsets. */
export type AnnotationMention = {
  document: string;
  source: 'annotation';
  id: string;
  kind: string;
  tags: string[];
  status?: CommitmentStatus;
  note?: string;
} & ({ start: number; end: number; text: string } | { orphaned: true });

/** True for a tag the schema accepts, e.g. `workforce/recruitment`. */
export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

/** True for a status the schema accepts. */
export function isCommitmentStatus(value: string): value is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(value);
}
