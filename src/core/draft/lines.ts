/** A line of the draft with its UTF-16 offsets; `end` excludes the line break. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into lines, keeping offsets and accepting LF, CRLF and lone CR.
 * (vfile-location maps offsets to points but does not hand out line texts.)
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';
