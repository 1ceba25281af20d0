import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, sizeProblem } from '../core/decode';
import type { SourceDocument } from '../core/types';

/** Folders a corpus never holds policy texts in. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.cache', '.vscode-test']);
const TEXT_FILE = /\.(txt|md)$/i;

export interface Problem {
  path: string;
  message: string;
}

/** Lists the `.txt` and `.md` files under a folder, recursively, sorted, without following symbolic links. */
export function listCorpusFiles(root: string, problems: Problem[]): string[] {
  return listFiles(root, (name) => TEXT_FILE.test(name) && !name.endsWith('.annotations.yaml'), (dir, error) =>
    problems.push({ path: dir, message: `cannot read folder: ${error.message}` }),
  );
}

/**
 * Lists the files under a folder whose names `accept` takes, recursively, sorted, without following
 * symbolic links or entering folders a corpus never holds texts in; `unreadable` hears of each folder it cannot list.
 */
export function listFiles(root: string, accept: (name: string) => boolean, unreadable: (dir: string, error: Error) => void = () => {}): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(dir, error as Error);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (entry.isFile() && accept(entry.name)) {
        found.push(full);
      }
    }
  };
  walk(root);
  return found;
}

/** Reads each file as text; a file that cannot be read or is not text is recorded as a problem and left out. */
export function* readCorpus(files: readonly string[], maxBytes: number, problems: Problem[], warnings: Problem[]): Generator<SourceDocument> {
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      const read = readSmallFile(file, maxBytes);
      if (typeof read === 'string') {
        problems.push({ path: file, message: read });
        continue;
      }
      bytes = read;
    } catch (error) {
      problems.push({ path: file, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const decoded = decodeText(bytes, maxBytes, nodeUtf8);
    if (!decoded.ok) {
      problems.push({ path: file, message: decoded.reason });
      continue;
    }
    if (decoded.warning) warnings.push({ path: file, message: decoded.warning });
    yield { path: toPosix(file), text: decoded.text };
  }
}

/** A file's bytes, or why it is too large to read, sized through the open file rather than a second look-up of its path. */
function readSmallFile(file: string, maxBytes: number): Uint8Array | string {
  const fd = fs.openSync(file, 'r');
  try {
    return sizeProblem(fs.fstatSync(fd).size, maxBytes) ?? fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `readUtf8` through Node's own UTF-8 check and ICU's transcoder: the same text, BOM kept, in about
 * half the time `TextDecoder` takes on text with curly quotes or pound signs; ASCII is read as is.
 */
export function nodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
