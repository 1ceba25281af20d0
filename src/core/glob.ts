/**
 * Compiles a workspace glob, as VS Code settings write them, to a regular expression over
 * `/`-separated relative paths: `**` spans folders, `*` and `?` stay inside one, `{a,b}` and
 * `[abc]` choose. Matching is case-insensitive because corpus files come from many systems.
 *
 * @example globToRegExp('**\/*.{txt,md}').test('seeds/a.txt') // true
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob)}$`, 'i');
}

/** Which relative paths belong to the corpus: any include glob, and no exclude glob. */
export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  matches(relativePath: string): boolean {
    return this.include.some((re) => re.test(relativePath)) && !this.exclude.some((re) => re.test(relativePath));
  }

  /** True when nothing inside this folder can be in the corpus, so a walk need not enter it. */
  prunes(relativeFolder: string): boolean {
    // Exclude globs name folders by their contents (`**/node_modules/**`), so a path inside stands for the folder.
    return this.exclude.some((re) => re.test(`${relativeFolder}/_`));
  }
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(glob.slice(i + 1, close)).map(translate).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\/]/g, '\\$&');
    }
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
