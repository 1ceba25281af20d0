import { parseDocument, stringify, type Document } from 'yaml';
import type { Annotation, Sidecar } from './annotation';
import { sidecarSchema } from './annotationSchema';
import { PositionIndex } from './positions';
import { emptySidecar, MAX_SIDECAR_BYTES, type SidecarCodec, type SidecarParse } from './sidecar';

/** Aliases allowed when expanding a sidecar; the writer never emits any, so a file with many was not written by us. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads a sidecar's text: YAML, then the schema. Every problem names the line it was found on,
 * so `check` and the Problems panel can point at it. An empty file is an empty sidecar.
 */
export function parseSidecar(text: string): SidecarParse {
  if (text.length > MAX_SIDECAR_BYTES) {
    return { ok: false, problems: [{ line: 1, message: `sidecar is too large (${text.length} characters; the limit is ${MAX_SIDECAR_BYTES})` }] };
  }
  if (text.trim() === '') return { ok: true, sidecar: emptySidecar() };
  const lines = new PositionIndex(text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ line: lines.positionAt(e.pos[0]).line + 1, message: `YAML: ${firstLine(e.message)}` })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, problems: [{ line: firstAliasLine(text, lines), message: `YAML: ${(error as Error).message}` }] };
  }
  const checked = sidecarSchema.safeParse(data);
  if (checked.success) return { ok: true, sidecar: checked.data };
  return {
    ok: false,
    problems: checked.error.issues.map((issue) => ({
      line: lineOfPath(doc, issue.path, lines),
      message: `${describePath(issue.path)}${issue.message}`,
    })),
  };
}

/**
 * Writes a sidecar as YAML, deterministically: fixed key order, annotations sorted by position
 * then id, no line folding and no aliases, so that diffs are small and merges clean.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const annotations = [...sidecar.annotations].sort(
    (a, b) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end || compare(a.id, b.id),
  );
  const data = { version: sidecar.version, annotations: annotations.map(orderedAnnotation) };
  const body = stringify(data, { lineWidth: 0, blockQuote: false, aliasDuplicateObjects: false, indentSeq: true });
  return `# Policy Lens annotations (format: README, "Annotations"). Edit with care: an invalid file is never overwritten.\n${body}`;
}

function orderedAnnotation(a: Annotation): object {
  return {
    id: a.id,
    kind: a.kind,
    tags: [...a.tags],
    ...(a.status !== undefined && { status: a.status }),
    ...(a.note !== undefined && { note: a.note }),
    author: a.author,
    created: a.created,
    modified: a.modified,
    ...(a.orphaned && { orphaned: true }),
    anchor: {
      quote: { exact: a.anchor.quote.exact, prefix: a.anchor.quote.prefix, suffix: a.anchor.quote.suffix },
      position: { start: a.anchor.position.start, end: a.anchor.position.end },
    },
  };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lines: PositionIndex): number {
  const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.positionAt(range[0]).line + 1;
  }
  return 1;
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') + ': ';
}

function firstAliasLine(text: string, lines: PositionIndex): number {
  const at = text.search(/(^|[\s[{,:-])\*[^\s,\]}]/m);
  return at < 0 ? 1 : lines.positionAt(at + 1).line + 1;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sidecar codec, for the annotation store. */
export const yamlSidecarCodec: SidecarCodec = { parse: parseSidecar, serialize: serializeSidecar };
