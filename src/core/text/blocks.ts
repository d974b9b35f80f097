import type { Span } from '../draft/shape.js';
import type { DraftFormat } from '../types.js';

/**
 * A line break followed by at least one blank line: where one block of prose ends (U+2028
 * and U+2029 end lines too). A CR is a line break of its own only when no LF follows it, so
 * the one line break of a Windows draft ("\r\n") is not read as a CR and then an LF.
 */
const LINE_BREAK_SOURCE = String.raw`(?:\r\n|\r(?!\n)|[\n\u2028\u2029])`;
const BLOCK_SEPARATOR = new RegExp(String.raw`${LINE_BREAK_SOURCE}(?:[^\S\r\n\u2028\u2029]*${LINE_BREAK_SOURCE})+`, 'g');
const MARKDOWN_SPANNING = /(^|[\r\n]) {0,3}(`{3,}|~{3,})|<!--/;

/** A block's span; `continues` when a long paragraph was cut there and goes on in the next block. */
export interface BlockSpan extends Span {
  continues?: true;
}

/** Whether a blank line may fall inside a block (a markdown code fence or HTML comment), so blocks depend on what came before. */
export const hasSpanningBlocks = (text: string, format: DraftFormat): boolean => format === 'markdown' && MARKDOWN_SPANNING.test(text);

/**
 * Splits the masked draft into blocks at blank lines, the unit that is parsed and
 * cached on its own (an edit re-parses only its block). In markdown a blank line
 * inside a fenced code block or an HTML comment does not end the block, so each
 * block parses as it would inside the whole document.
 */
export function splitBlocks(text: string, format: DraftFormat): BlockSpan[] {
  const blocks: BlockSpan[] = [];
  let start = 0;
  BLOCK_SEPARATOR.lastIndex = 0;
  for (let match = BLOCK_SEPARATOR.exec(text); match; match = BLOCK_SEPARATOR.exec(text)) {
    pushBlock(text, start, match.index, blocks);
    start = match.index + match[0].length;
  }
  pushBlock(text, start, text.length, blocks);
  return hasSpanningBlocks(text, format) ? joinSpanningBlocks(text, blocks) : blocks;
}

/**
 * Longest block parsed as one. parse-english slows down sharply on a paragraph of
 * tens of thousands of words (a pasted log line), and an edit re-parses its whole
 * block: the garbage of re-parsing a long block on every keystroke is what grows
 * an editor's memory. Few real paragraphs are this long; longer ones are cut at a
 * sentence end near the limit, else a line break or a space.
 */
export const MAX_BLOCK_LENGTH = 2_000;

function pushBlock(text: string, start: number, end: number, blocks: BlockSpan[]): void {
  // Skip a block of spaces only (masked signatures and headers become such blocks).
  let first = start;
  while (first < end && /\s/.test(text[first])) first++;
  if (first >= end) return;
  while (end - start > MAX_BLOCK_LENGTH) {
    const cut = cutPoint(text, start, start + MAX_BLOCK_LENGTH);
    blocks.push({ start, end: cut, continues: true });
    start = cut;
  }
  blocks.push({ start, end });
}

/** Where a sentence ends: its mark (and closing quotes or brackets), then a space. */
const SENTENCE_END = /[.!?]["'\u2019\u201d)\]]*\s$/;

/**
 * A sentence end in the last half before `limit`, else a line break or a space in
 * its last quarter; else `limit` itself (never inside a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const half = start + (limit - start) * 0.5;
  for (let i = limit; i > half; i--) if (/\s/.test(text[i - 1]) && SENTENCE_END.test(text.slice(Math.max(start, i - 4), i))) return i;
  const floor = start + (limit - start) * 0.75;
  for (const pattern of [/[\r\n\u2028\u2029]/, /\s/]) {
    for (let i = limit; i > floor; i--) if (pattern.test(text[i - 1])) return i;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Rejoins blocks that an open code fence or HTML comment carries across blank lines. */
function joinSpanningBlocks(text: string, blocks: Span[]): Span[] {
  const joined: Span[] = [];
  let open: { fence?: string; comment: boolean } = { comment: false };
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous && (open.fence !== undefined || open.comment)) previous.end = block.end;
    else joined.push({ ...block });
    open = stateAfter(text.slice(block.start, block.end), open);
  }
  return joined;
}

function stateAfter(block: string, state: { fence?: string; comment: boolean }): { fence?: string; comment: boolean } {
  let { fence, comment } = state;
  for (const line of block.split(/\r\n|\r|\n/)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && !comment && fenceMatch) fence = fenceMatch[1][0];
    else if (fence !== undefined && fenceMatch && fenceMatch[1][0] === fence) fence = undefined;
    else if (fence === undefined) {
      const opened = line.lastIndexOf('<!--');
      const closed = line.lastIndexOf('-->');
      if (opened >= 0 && opened > closed) comment = true;
      else if (closed >= 0) comment = false;
    }
  }
  return { fence, comment };
}
