import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { COMMITMENT_STATUSES, SIDECAR_VERSION, TAG_PATTERN } from './annotation';

// The sidecar schema, apart from the annotation types so that only the code that reads sidecars loads zod.
// Without this, zod probes `navigator` when it builds the first object schema (to decide whether it may
// compile parsers with `new Function`), which VS Code's extension host reports as an error on activation.
// Sidecars are small: the interpreted parser is fast enough, and needs no eval.
z.config({ jitless: true });
// zod/mini (a twentieth of zod's size, which keeps activation fast) carries no messages until a locale is loaded.
z.config(en());

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export const textQuoteSelector = z.strictObject({
  exact: z.string().check(z.minLength(1, 'the quote must not be empty')),
  prefix: z.string(),
  suffix: z.string(),
});

export const textPositionSelector = z
  .strictObject({
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(z.refine((p) => p.end > p.start, { message: 'end must be after start', path: ['end'] }));

export const annotationSchema = z.strictObject({
  id: z.string().check(z.regex(ID, 'an id is letters, digits, "-" and "_"')),
  kind: z.string().check(z.trim(), z.minLength(1, 'kind must not be empty'), z.regex(/^[^\r\n]+$/, 'kind must be one line')),
  tags: z._default(z.array(z.string().check(z.regex(TAG_PATTERN, 'a tag is one line, with "/" between non-empty parts'))), []),
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
