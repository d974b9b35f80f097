/**
 * Lines and columns counted from a known point, as vfile-location counts them (a line
 * ends at LF, CRLF or a lone CR; both count from 1), so that what is placed this way
 * agrees with what vfile-location places. vfile-location indexes every line of the text
 * up to the offset asked for: right for one draft, but a long document is re-linted on
 * every keystroke, and its blocks already know where they stand.
 */
export interface Point {
  line: number;
  column: number;
}

/** The point of `offset`, counted forward from `from`, whose point is `at` (`from` ≤ `offset`). */
export function pointAfter(text: string, from: number, at: Point, offset: number): Point {
  let line = at.line;
  let lineStart = from - (at.column - 1);
  for (let i = from; i < offset; i++) {
    const code = text.charCodeAt(i);
    // A CR before an LF ends its line at the LF.
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The point of `offset`, counted from the start of the text. */
export const pointOf = (text: string, offset: number): Point => pointAfter(text, 0, { line: 1, column: 1 }, offset);
