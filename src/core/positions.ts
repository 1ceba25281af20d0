/** A 0-based line and UTF-16 column, as editors count them. */
export interface TextPosition {
  line: number;
  character: number;
}

/**
 * Maps offsets of one text to line and column without keeping the text, so that positions of
 * every corpus document stay available for references and the tree while only open ones are in memory.
 */
export class PositionIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** `positionAt(0)` is `{ line: 0, character: 0 }`. */
  positionAt(offset: number): TextPosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
