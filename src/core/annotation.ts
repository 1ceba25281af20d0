import * as z from 'zod/mini';
import { en } from 'zod/locales';

// Without this, zod probes `navigator` when it builds the first object schema (to decide whether it may
// compile parsers with `new Function`), which VS Code's extension host reports as an error on activation.
// Sidecars are small: the interpreted parser is fast enough, and needs no eval.
z.config({ jitless: true });
// zod/mini (a twentieth of zod's size, which keeps activation fast) carries no messages until a locale is loaded.
z.config(en());

/** The sidecar format this code reads and writes; a file with another `version` is reported, never rewritten. */
export const SIDECAR_VERSION = 1;

/** Kinds offered first; any other non-empty kind is allowed (the user adds their own). */
export const BUILT_IN_KINDS = ['commitment', 'recommendation', 'funding', 'note'] as const;

/** Where a commitment stands. */
export const COMMITMENT_STATUSES = ['announced', 'in progress', 'delivered', 'delayed', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Hierarchical tags such as `workforce/recruitment`: no empty segment, no line break. */
const TAG = /^[^/\r\n]+(\/[^/\r\n]+)*$/;

const textQuoteSelector = z.strictObject({
  exact: z.string().check(z.minLength(1, 'the quote must not be empty')),
  prefix: z.string(),
  suffix: z.string(),
});

const textPositionSelector = z
  .strictObject({
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(z.refine((p) => p.end > p.start, { message: 'end must be after start', path: ['end'] }));

const annotationSchema = z.strictObject({
  id: z.string().check(z.regex(ID, 'an id is letters, digits, "-" and "_"')),
  kind: z.string().check(z.trim(), z.minLength(1, 'kind must not be empty'), z.regex(/^[^\r\n]+$/, 'kind must be one line')),
  tags: z._default(z.array(z.string().check(z.regex(TAG, 'a tag is one line, with "/" between non-empty parts'))), []),
  status: z.optional(z.enum(COMMITMENT_STATUSES)),
  note: z.optional(z.string()),
  author: z.string(),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
  orphaned: z.optional(z.literal(true)),
  anchor: z.strictObject({
    quote: textQuoteSelector,
    position: textPositionSelector,
  }),
});

export const sidecarSchema = z.strictObject({
  version: z.literal(SIDECAR_VERSION, {
    error: (issue) => `unknown version ${JSON.stringify(issue.input)}; this Policy Lens reads version ${SIDECAR_VERSION}`,
  }),
  annotations: z.array(annotationSchema).check(
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, i) => {
        if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${a.id}"`, path: [i, 'id'] });
        seen.add(a.id);
      });
    }),
  ),
});

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
  return TAG.test(tag);
}

/** True for a status the schema accepts. */
export function isCommitmentStatus(value: string): value is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(value);
}
