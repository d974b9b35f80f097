/** A line of the draft with its UTF-16 offsets; `end` excludes the line break. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';
