/** A line of the draft with its UTF-16 offsets; `end` excludes the line break. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/**
 * Whether a UTF-16 code unit ends a line of the draft: LF, CR (alone or before LF), and
 * the Unicode line and paragraph separators U+2028 and U+2029 that some editors and
 * web forms write.
 */
export const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/** Where the line holding `at` starts, but no earlier than `floor`. */
export function startOfLineAt(text: string, at: number, floor = 0): number {
  let start = at;
  while (start > floor && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the line holding `at` ends, before its line break. */
export function endOfLineAt(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return end;
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s reads it: ASCII space and controls, and Unicode's spaces. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
